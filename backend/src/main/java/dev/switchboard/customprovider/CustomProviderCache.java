package dev.switchboard.customprovider;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decrypted custom providers by id, so that an invocation costs no database round trip. Correct only
 * while changes are heard ({@link CustomProviderChanges}): nothing is served while they are not, and a
 * read that raced with a change is not stored.
 */
@Singleton
class CustomProviderCache {

    private final Map<UUID, CustomProvider> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean enabled;

    Optional<CustomProvider> get(UUID id) {
        return enabled ? Optional.ofNullable(entries.get(id)) : Optional.empty();
    }

    /** To be taken before reading the database; {@link #store} ignores results older than a change. */
    long generation() {
        return generation.get();
    }

    void store(long readAt, CustomProvider provider) {
        if (!enabled || generation.get() != readAt) {
            return;
        }
        entries.put(provider.id(), provider);
        if (generation.get() != readAt) {
            entries.remove(provider.id());
        }
    }

    /** A change to the provider with this id ({@code *}: to any). */
    void invalidate(String id) {
        generation.incrementAndGet();
        if ("*".equals(id)) {
            entries.clear();
        } else {
            try {
                entries.remove(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                entries.clear();
            }
        }
    }

    void enable() {
        invalidate("*");
        enabled = true;
    }

    void disable() {
        enabled = false;
        invalidate("*");
    }

    boolean enabled() {
        return enabled;
    }
}
