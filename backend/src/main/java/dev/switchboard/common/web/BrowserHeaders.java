package dev.switchboard.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers for what a browser may render, on every response.
 * <ul>
 * <li>The SPA keeps provider keys in the browser's storage, one injected script away from leaking: the
 *     Content-Security-Policy runs only this origin's own script files (no inline script, no eval), lets
 *     the page talk only to this origin, and forbids framing. Styles may be inline: Radix injects
 *     {@code <style>} elements (Select, ScrollArea, scroll locking, some with computed sizes), CSS runs no
 *     code, and img-src and font-src keep anything a style could load on this origin.</li>
 * <li>Swagger UI's page starts itself with an inline script, so {@code /q/swagger-ui} alone allows one.</li>
 * <li>Caching: Vite names the files under {@code /assets/} after their content, so they are cached for
 *     a year as immutable. Every other static file, {@code index.html} above all (at {@code /} too), is
 *     revalidated on each use ({@code no-cache}) instead of the static handler's one-day immutable, so
 *     that after an upgrade no browser keeps a page pointing at assets that are gone. Client routes
 *     already get {@code no-cache} from {@link SpaRouting}.</li>
 * </ul>
 */
@Singleton
class BrowserHeaders {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'");
    static final String SWAGGER_UI_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    static final String HASHED_ASSET = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final String SWAGGER_UI = "/q/swagger-ui";
    /** Before every other route, so that each response, whoever writes it, passes here. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> decorate(rc));
            rc.next();
        }, PRIORITY);
    }

    // Every response carries these: encoded once (Netty AsciiStrings), not per response.
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence POLICY_VALUE = HttpHeaders.createOptimized(POLICY);
    private static final CharSequence SWAGGER_UI_POLICY_VALUE = HttpHeaders.createOptimized(SWAGGER_UI_POLICY);
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");

    private static void decorate(RoutingContext rc) {
        String path = rc.normalizedPath();
        MultiMap headers = rc.response().headers();
        headers.set(CSP, path.startsWith(SWAGGER_UI) && (path.length() == SWAGGER_UI.length()
                || path.charAt(SWAGGER_UI.length()) == '/') ? SWAGGER_UI_POLICY_VALUE : POLICY_VALUE);
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, NO_REFERRER);
        String cacheControl = cacheControl(path, rc.response().getStatusCode(), headers.get(HttpHeaders.CACHE_CONTROL));
        if (cacheControl != null) {
            headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
    }

    /** The Cache-Control a response gets, given the one its handler set (null for none). */
    static String cacheControl(String path, int status, String current) {
        if (path.startsWith("/assets/") && (status == 200 || status == 304)) {
            return HASHED_ASSET;
        }
        if (current != null && current.contains("immutable")) {
            return REVALIDATE;
        }
        return current;
    }
}
