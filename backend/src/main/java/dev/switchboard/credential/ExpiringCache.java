package dev.switchboard.credential;

import dev.switchboard.common.web.Contexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of a blocking credential chain, loaded on a worker thread (never the event loop), handed
 * back on the caller's context, and reused until its refresh time. "Nothing found" is cached too, briefly, so that a server without
 * an identity does not probe metadata endpoints on every request.
 */
final class ExpiringCache<T> {

    /** A loaded value (or none) and when to ask the chain again. */
    record Loaded<T>(Optional<T> value, Instant refreshAt) {
    }

    private final Supplier<Loaded<T>> blockingLoader;
    private final Clock clock;
    private volatile Loaded<T> current;

    ExpiringCache(Supplier<Loaded<T>> blockingLoader, Clock clock) {
        this.blockingLoader = blockingLoader;
        this.clock = clock;
    }

    Uni<Optional<T>> get() {
        Loaded<T> loaded = current;
        if (isFresh(loaded)) {
            return Uni.createFrom().item(loaded.value());
        }
        // Back on the caller's event loop afterwards: the upstream call that follows belongs there (its
        // connection pool is per event loop), not on the worker that ran the chain.
        return Contexts.backOnCallerContext(Uni.createFrom().item(this::loadOnce)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** The cached value if it is still fresh; never calls the chain. */
    Optional<T> peek() {
        Loaded<T> loaded = current;
        return isFresh(loaded) ? loaded.value() : Optional.empty();
    }

    /** Concurrent callers on workers wait for one load instead of each asking the chain. */
    private synchronized Optional<T> loadOnce() {
        if (!isFresh(current)) {
            current = blockingLoader.get();
        }
        return current.value();
    }

    private boolean isFresh(Loaded<T> loaded) {
        return loaded != null && clock.instant().isBefore(loaded.refreshAt());
    }
}
