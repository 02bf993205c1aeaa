package dev.switchboard.customprovider;

import dev.switchboard.common.database.ChangeChannel;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decrypted custom providers by id, so that an invocation costs no database round trip. Correct only
 * while changes are heard ({@link ChangeChannel}): nothing is served while they are not, and a
 * read that raced with a change is not stored.
 * <p>
 * Apart from that, the last provider read for each id is kept ({@link #lastKnown}) for when the database
 * cannot be reached, as the secrets vault does: then nobody can change a provider through it either.
 */
@Singleton
class CustomProviderCache implements ChangeChannel {

    /** Fed by the triggers of V4__custom_providers.sql: a changed provider's id, or {@code *}. */
    static final String CHANNEL = "switchboard_custom_providers";

    private final Map<UUID, CustomProvider> entries = new ConcurrentHashMap<>();
    private final Map<UUID, CustomProvider> lastRead = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean enabled;

    Optional<CustomProvider> get(UUID id) {
        return enabled ? Optional.ofNullable(entries.get(id)) : Optional.empty();
    }

    /** To be taken before reading the database; {@link #store} ignores results older than a change. */
    long generation() {
        return generation.get();
    }

    /** The last provider read for this id, heard changes or not; for a database outage. */
    Optional<CustomProvider> lastKnown(UUID id) {
        return Optional.ofNullable(lastRead.get(id));
    }

    void store(long readAt, CustomProvider provider) {
        if (generation.get() != readAt) {
            return;
        }
        lastRead.put(provider.id(), provider);
        if (enabled) {
            entries.put(provider.id(), provider);
        }
        if (generation.get() != readAt) {
            entries.remove(provider.id());
            lastRead.remove(provider.id());
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A change to the provider with this id ({@code *}: to any). */
    @Override
    public void invalidate(String id) {
        generation.incrementAndGet();
        UUID changed = parse(id);
        if (changed == null) {
            entries.clear();
            lastRead.clear();
        } else {
            entries.remove(changed);
            lastRead.remove(changed);
        }
    }

    /** Changes are heard from now on: start from nothing, since some may have been missed. */
    @Override
    public void enable() {
        forgetCached();
        enabled = true;
    }

    /** Changes are no longer heard: serve nothing from the cache, but keep the last providers read. */
    @Override
    public void disable() {
        enabled = false;
        forgetCached();
    }

    private void forgetCached() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** The id of a notification, or null for {@code *} (or anything else: then everything is dropped). */
    private static UUID parse(String id) {
        try {
            return "*".equals(id) ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean enabled() {
        return enabled;
    }
}
