package dev.switchboard.upstream.http;

import io.vertx.core.Context;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP clients (and connection pools) for every provider, on the Quarkus-managed Vert.x.
 * {@link #web()} is for plain request/response calls (model lists); {@link UpstreamHttp} streams
 * through {@link #forCurrentThread()}, where it needs the response as a ReadStream.
 * <p>
 * Streams get one client per event loop. A pooled connection belongs to the event loop that opened
 * it, and Vert.x picks pooled connections without regard to the caller's loop: a call made on loop A
 * over a connection of loop B has every chunk handed from one thread to the other (a task and a
 * wake-up per chunk, measured at a third of the throughput on one core). With a pool per loop, a
 * call and its connection always share the thread.
 */
@Singleton
public class UpstreamClients {

    private final Vertx vertx;
    private final WebClientOptions options;
    private final HttpClient http;
    private final WebClient web;
    private final Map<Thread, io.vertx.core.http.HttpClient> perEventLoop = new ConcurrentHashMap<>();

    UpstreamClients(Vertx vertx, UpstreamConfig config) {
        this.vertx = vertx;
        this.options = options(config);
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

    /**
     * For streaming calls with back-pressure and cancellation (see {@link UpstreamHttp}): on an event
     * loop, the client whose connections live on that loop; elsewhere the shared one.
     */
    io.vertx.core.http.HttpClient forCurrentThread() {
        if (!Context.isOnEventLoopThread()) {
            return http.getDelegate();
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(),
                loop -> vertx.getDelegate().createHttpClient(options));
    }

    @PreDestroy
    void close() {
        web.close(); // a wrapped client does not own the HttpClient
        http.closeAndForget();
        perEventLoop.values().forEach(client -> client.close());
    }

    private static int millis(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
