package dev.switchboard.secret;

import dev.switchboard.common.database.ChangeChannel;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decrypted secrets (and the absence of one) by name, so that an invocation does not cost a
 * database round trip. Correct only while changes are heard: as a {@link ChangeChannel} it is enabled
 * while the LISTEN connection is up and drops names as notifications arrive; while that connection is
 * down nothing is served from it. A look-up that raced with an invalidation is not stored.
 * <p>
 * Apart from that, the last answer read for each name is kept ({@link #lastKnown}) for when the
 * database cannot be reached: then nobody can change a secret through it either, so the last answer
 * is the best one there is. A change made through this server still drops it.
 */
@Singleton
class SecretCache implements ChangeChannel {

    /** Fed by the trigger of V3__secrets_notify.sql: a changed key, or {@code *}. */
    static final String CHANNEL = "switchboard_secrets";

    /** A cached answer for one name: its value, or absent (null value), or unreadable. */
    private record Entry(String value, boolean unreadable) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> lastRead = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean enabled;

    /** What the cache knows of {@code names}, and which names it does not know. */
    record Hit(Map<String, String> values, Set<String> unreadable, Set<String> missing) {
    }

    Hit lookup(Set<String> names) {
        return lookup(names, enabled ? entries : Map.of());
    }

    /** The last answers read for {@code names}, whether or not changes are heard; for a database outage. */
    Hit lastKnown(Set<String> names) {
        return lookup(names, lastRead);
    }

    private static Hit lookup(Set<String> names, Map<String, Entry> known) {
        Map<String, String> values = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        Set<String> missing = new HashSet<>();
        for (String name : names) {
            Entry entry = known.get(name);
            if (entry == null) {
                missing.add(name);
            } else if (entry.unreadable()) {
                unreadable.add(name);
            } else if (entry.value() != null) {
                values.put(name, entry.value());
            }
        }
        return new Hit(values, unreadable, missing);
    }

    /** To be taken before reading the database; {@link #store} ignores results older than a change. */
    long generation() {
        return generation.get();
    }

    /** Remembers what the database said about {@code queried}, unless something changed meanwhile. */
    void store(long readAt, Set<String> queried, ResolvedSecrets found) {
        if (generation.get() != readAt) {
            return;
        }
        for (String name : queried) {
            Entry entry = new Entry(found.values().get(name), found.unreadable().contains(name));
            lastRead.put(name, entry);
            if (enabled) {
                entries.put(name, entry);
            }
        }
        if (generation.get() != readAt) {
            // An invalidation landed while we stored: drop what we may have overwritten it with.
            invalidateAll();
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A change to {@code name} ({@code *}: to any): neither the cached nor the last answer holds. */
    @Override
    public void invalidate(String name) {
        generation.incrementAndGet();
        if ("*".equals(name)) {
            entries.clear();
            lastRead.clear();
        } else {
            entries.remove(name);
            lastRead.remove(name);
        }
    }

    void invalidateAll() {
        invalidate("*");
    }

    /** Changes are heard from now on: start from nothing, since some may have been missed. */
    @Override
    public void enable() {
        forgetCached();
        enabled = true;
    }

    /** Whether change notifications are being heard, and so whether anything is cached. */
    boolean enabled() {
        return enabled;
    }

    /** Changes are no longer heard: serve nothing from the cache, but keep the last answers read. */
    @Override
    public void disable() {
        enabled = false;
        forgetCached();
    }

    private void forgetCached() {
        generation.incrementAndGet();
        entries.clear();
    }
}
