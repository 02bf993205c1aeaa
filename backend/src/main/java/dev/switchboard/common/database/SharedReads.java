package dev.switchboard.common.database;

import dev.switchboard.common.web.Contexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Concurrent reads of the same key share one read: the first caller starts it, the others get its
 * result. When the secret cache is cold (start-up, or right after a change) a burst of invocations
 * would otherwise send one query each and exhaust the database pool (the benchmark's 2,000 streams
 * opened at once against a cold cache failed 82 of them on pool time-outs).
 * <p>
 * A shared read belongs to no caller: it runs on a Vert.x context of its own, so that its database
 * session is opened and used on one context whoever subscribes first and on whichever event loop,
 * and each caller gets the result back on its own context. (Started on the first caller's context,
 * a read whose first subscriber came from another event loop looked for its session in the wrong
 * context: "No current Mutiny.Session found" for every caller of that read.)
 */
public final class SharedReads<K, V> {

    private final Vertx vertx;
    private final Map<K, Uni<V>> running = new ConcurrentHashMap<>();

    public SharedReads(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The running read of {@code key}, or a new one made by {@code read}. */
    public Uni<V> read(K key, Function<K, Uni<V>> read) {
        return Contexts.backOnCallerContext(Uni.createFrom().deferred(() -> running.computeIfAbsent(key,
                k -> Contexts.onOwnContext(vertx, () -> read.apply(k))
                        .onTermination().invoke(() -> running.remove(k))
                        .memoize().indefinitely())));
    }
}
