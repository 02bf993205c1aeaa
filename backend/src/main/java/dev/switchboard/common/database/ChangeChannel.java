package dev.switchboard.common.database;

/**
 * A cache of rows kept true on every replica by a PostgreSQL notification channel: the table's triggers
 * NOTIFY on it and {@link ChangeNotifications} subscribes one connection to every channel bean. Such a
 * cache is correct only while it hears changes, so it is told when listening starts and when it stops.
 */
public interface ChangeChannel {

    /** The channel name, as the table's NOTIFY trigger uses it. */
    String channel();

    /** Changes are heard from now on (some may have been missed before): start from nothing, then cache. */
    void enable();

    /** A row changed; the payload is what the trigger sends (a key, an id, or {@code *} for all). */
    void invalidate(String payload);

    /** Changes are no longer heard: serve nothing cached until {@link #enable()} again. */
    void disable();
}
