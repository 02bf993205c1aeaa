package dev.switchboard.secret;

import io.smallrye.mutiny.Uni;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Concurrent reads of the same key share one read: the first caller starts it, the others get its
 * result. When the secret cache is cold (start-up, or right after a change) a burst of invocations
 * would otherwise send one query each and exhaust the database pool (the benchmark's 2,000 streams
 * opened at once against a cold cache failed 82 of them on pool time-outs).
 */
final class SharedReads<K, V> {

    private final Map<K, Uni<V>> running = new ConcurrentHashMap<>();

    /** The running read of {@code key}, or a new one made by {@code read}. */
    Uni<V> read(K key, Function<K, Uni<V>> read) {
        return Uni.createFrom().deferred(() -> running.computeIfAbsent(key, k -> read.apply(k)
                .onTermination().invoke(() -> running.remove(k))
                .memoize().indefinitely()));
    }
}
