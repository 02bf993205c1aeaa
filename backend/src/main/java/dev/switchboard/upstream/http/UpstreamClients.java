package dev.switchboard.upstream.http;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP clients (and connection pools) for every provider, on the Quarkus-managed Vert.x; every
 * call goes through {@link UpstreamHttp}, which needs the core client's response as a ReadStream.
 * <p>
 * Streams get one client per event loop. A pooled connection belongs to the event loop that opened
 * it, and Vert.x picks pooled connections without regard to the caller's loop: a call made on loop A
 * over a connection of loop B has every chunk handed from one thread to the other (a task and a
 * wake-up per chunk, measured at a third of the throughput on one core). With a pool per loop, a
 * call and its connection always share the thread.
 */
@Singleton
public class UpstreamClients {

    private final io.vertx.core.Vertx vertx;
    private final HttpClientOptions options;
    /** For calls made off the event loops. */
    private final HttpClient shared;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();

    UpstreamClients(Vertx vertx, UpstreamConfig config) {
        this.vertx = vertx.getDelegate();
        this.options = options(config);
        this.shared = this.vertx.createHttpClient(options);
    }

    static HttpClientOptions options(UpstreamConfig config) {
        // No User-Agent here: the clients send theirs as a default header (JsonCalls.defaults).
        HttpClientOptions options = new HttpClientOptions()
                .setName("switchboard-upstream")
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
                // Redirects are not followed either: each request says so (see ResponseSubscription).
                .setMaxPoolSize(config.maxPoolSize());
        return options;
    }

    /**
     * For streaming calls with back-pressure and cancellation (see {@link UpstreamHttp}): on an event
     * loop, the client whose connections live on that loop; elsewhere the shared one.
     */
    HttpClient forCurrentThread() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        return perEventLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options));
    }

    @PreDestroy
    void close() {
        shared.close();
        perEventLoop.values().forEach(HttpClient::close);
    }

    private static int millis(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
