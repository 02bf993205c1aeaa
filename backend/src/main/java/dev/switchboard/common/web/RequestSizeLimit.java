package dev.switchboard.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One limit on request bodies for every endpoint ({@code switchboard.max-request-size}, which also sets
 * Quarkus' own {@code quarkus.http.limits.max-body-size}). A body over it gets a 413 problem at once, and
 * the rest of the body is then read and thrown away: closing a socket with unread data makes the kernel
 * send a reset, which browsers and curl report instead of the answer. The answer comes first so that a
 * client reads it while still sending (curl does; one that waits for {@code 100-continue} sends nothing).
 * The draining is bounded, so that a client cannot hold the connection by sending forever.
 */
@Singleton
public class RequestSizeLimit {

    /** How much more than the limit, and how long, a refused body is read before the connection is closed. */
    static final int DRAIN_FACTOR = 8;
    static final long DRAIN_MILLIS = 30_000;

    private final long limit;
    private final ObjectMapper json;
    private final Vertx vertx;

    RequestSizeLimit(RequestLimits limits, ObjectMapper json, Vertx vertx) {
        this.limit = limits.maxRequestSize().asLongValue();
        this.json = json;
        this.vertx = vertx;
    }

    /** Refuses, before any route reads it, a body whose declared length is over the limit. */
    void register(@Observes Router router) {
        router.route().order(-2).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            refuse(request);
        } else if (length == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
            readWithin(rc);
        } else {
            rc.next();
        }
    }

    /**
     * A body without a declared length is read here, up to the limit, and handed on as the context's
     * body (which the REST layer and {@link #bodyOf} take), so that one that grows too long is refused
     * like any other instead of the REST layer closing the connection on it.
     */
    private void readWithin(RoutingContext rc) {
        read(rc.request(), body -> {
            ((RoutingContextInternal) rc).setBody(body);
            rc.next();
        });
    }

    /**
     * Reads the whole body, refusing it (413) as soon as it grows over the limit; {@code onBody} gets it
     * when it ended within the limit.
     */
    public void read(HttpServerRequest request, Handler<Buffer> onBody) {
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                refuse(request);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!request.response().ended()) {
                onBody.handle(body);
            }
        });
        request.resume();
    }

    /** The body {@link #readWithin} read, or null when the route is to read the request itself. */
    public static Buffer bodyOf(RoutingContext rc) {
        return rc.body().buffer();
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP layer answers a malformed length
        }
    }

    /**
     * Answers 413 with a problem that states the limit, then reads and discards what the client still
     * sends (up to {@link #DRAIN_FACTOR} times the limit, for {@link #DRAIN_MILLIS}) before closing.
     */
    public void refuse(HttpServerRequest request) {
        Problems.write(request.response(), ProblemDetail.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + describe(limit)
                        + " (SWITCHBOARD_MAX_REQUEST_SIZE).", request.path()), json);
        if (request.isEnded()) {
            return;
        }
        AtomicLong discarded = new AtomicLong();
        long timer = vertx.setTimer(DRAIN_MILLIS, id -> request.connection().close());
        request.handler(chunk -> {
            if (discarded.addAndGet(chunk.length()) > DRAIN_FACTOR * limit) {
                vertx.cancelTimer(timer);
                request.connection().close();
            }
        });
        request.endHandler(v -> vertx.cancelTimer(timer));
        request.exceptionHandler(e -> vertx.cancelTimer(timer));
        request.resume();
    }

    /** {@code 10485760 bytes (10 MiB)}; the MiB only when it is a whole number of them. */
    static String describe(long bytes) {
        long mib = 1024 * 1024;
        return bytes + " bytes" + (bytes % mib == 0 ? " (" + bytes / mib + " MiB)" : "");
    }
}
