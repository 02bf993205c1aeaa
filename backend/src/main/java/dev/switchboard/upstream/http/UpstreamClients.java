package dev.switchboard.upstream.http;

import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * The one HTTP client (and its connection pool) for every provider, on the Quarkus-managed Vert.x.
 * {@link #web()} is for plain request/response calls (model lists, JSON aggregate calls);
 * {@link UpstreamHttp} uses {@link #http()} for streams, where it needs the response as a ReadStream.
 * Both share the same pool.
 */
@Singleton
public class UpstreamClients {

    private final HttpClient http;
    private final WebClient web;

    UpstreamClients(Vertx vertx, UpstreamConfig config) {
        WebClientOptions options = options(config);
        this.http = vertx.createHttpClient(options);
        this.web = WebClient.wrap(http, options);
    }

    static WebClientOptions options(UpstreamConfig config) {
        WebClientOptions options = new WebClientOptions()
                .setName("switchboard-upstream")
                .setUserAgent("Switchboard")
                .setConnectTimeout(millis(config.connectTimeout().toMillis()))
                // A backstop for connections nobody watches; each call also sets the idle timeout on its
                // request, which fires first (this is a second later) and says which call timed out.
                .setIdleTimeout(millis(config.idleTimeout().toMillis() + 1000))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(true)
                .setPipelining(false)
                // Every provider serves HTTP/1.1, and there a reset closes exactly the cancelled call's
                // connection, which the cancellation tests can observe.
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setTrustAll(false)
                .setVerifyHost(true)
                .setTryUseCompression(true)
                // Redirects would let a base URL that passed the egress guard lead somewhere that did not.
                .setFollowRedirects(false)
                .setMaxPoolSize(config.maxPoolSize());
        return options;
    }

    /** For request/response calls. */
    public WebClient web() {
        return web;
    }

    /** For streaming calls with back-pressure and cancellation; see {@link UpstreamHttp}. */
    public HttpClient http() {
        return http;
    }

    @PreDestroy
    void close() {
        web.close(); // a wrapped client does not own the HttpClient
        http.closeAndForget();
    }

    private static int millis(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
