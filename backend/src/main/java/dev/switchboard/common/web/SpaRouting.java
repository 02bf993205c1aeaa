package dev.switchboard.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.problem.Problems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;

/**
 * The last route: a request nothing else answered. A GET of a client-side route of the SPA (no file
 * extension, outside {@code /api} and {@code /q}) is served {@code index.html}, so deep links and
 * reloads work; anything else is a problem+json 404.
 */
@Singleton
class SpaRouting {

    private static final String INDEX = "META-INF/resources/index.html";

    private final ObjectMapper json;
    /** Read once at start-up; absent when the backend was built without the SPA. */
    private Buffer index;

    SpaRouting(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) throws IOException {
        try (InputStream in = SpaRouting.class.getClassLoader().getResourceAsStream(INDEX)) {
            index = in == null ? null : Buffer.buffer(in.readAllBytes());
        }
        router.route().last().handler(this::fallback);
    }

    private void fallback(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (index != null && isClientRoute(rc.request().method(), path)) {
            rc.response()
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .putHeader("Cache-Control", "no-cache")
                    .end(index);
            return;
        }
        notFound(rc, path);
    }

    static boolean isClientRoute(HttpMethod method, String path) {
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        if (path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private void notFound(RoutingContext rc, String path) {
        Problems.write(rc.response(), ProblemDetail.of(ProblemType.NOT_FOUND, "Nothing is at " + path + ".", path),
                json);
    }
}
