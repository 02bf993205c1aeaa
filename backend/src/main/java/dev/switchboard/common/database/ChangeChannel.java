package dev.switchboard.common.database;

/**
 * A PostgreSQL notification channel a feature listens on to keep a cache of its rows true on every
 * replica: {@link ChangeNotifications} subscribes one connection to every channel bean. A cache is
 * correct only while it hears changes, so it is told when listening starts and when it stops.
 */
public interface ChangeChannel {

    /** The channel name, as the table's NOTIFY trigger uses it. */
    String channel();

    /** Changes are heard from now on (some may have been missed before): start from nothing. */
    void listening();

    /** A row changed; the payload is whatever the trigger sends (a key, an id, or {@code *} for all). */
    void changed(String payload);

    /** Changes are no longer heard: serve nothing from the cache until {@link #listening()} again. */
    void deaf();
}
