package dev.switchboard.secret;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolved secrets are cached, and a change made by anyone (here: another writer using SQL
 * directly, as another replica would) reaches the cache through the table's NOTIFY trigger.
 */
@QuarkusTest
class SecretCacheNotifyTest {

    private static final String NAME = "CACHE_NOTIFY_KEY";
    private static final Duration NOTIFY_WAIT = Duration.ofSeconds(5);

    @Inject
    SecretService service;

    @Inject
    SecretCipher cipher;

    @Inject
    SecretCache cache;

    /** After a restart of the application (another test profile) the LISTEN connection takes a moment. */
    @BeforeEach
    void listening() throws InterruptedException {
        long deadline = System.nanoTime() + NOTIFY_WAIT.toNanos();
        while (!cache.enabled() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(cache.enabled(), "the secret-change listener did not subscribe within " + NOTIFY_WAIT);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Connection c = SecretRows.connect()) {
            c.createStatement().execute("ALTER TABLE secrets ENABLE TRIGGER secrets_changed");
            c.createStatement().execute("DELETE FROM secrets WHERE key = '" + NAME + "'");
        }
    }

    @Test
    void secondResolveIsServedFromTheCacheWithoutReadingTheTable() throws Throwable {
        write(NAME, "first-value");
        awaitCached("first-value");

        // Silence the trigger and change the row behind the application's back: a resolve that
        // still answers the old value did not read the table.
        try (Connection c = SecretRows.connect()) {
            c.createStatement().execute("ALTER TABLE secrets DISABLE TRIGGER secrets_changed");
        }
        write(NAME, "changed-silently");

        assertEquals("first-value", resolve());
    }

    @Test
    void changeByAnotherWriterReachesTheCacheThroughNotify() throws Throwable {
        write(NAME, "before");
        awaitValue("before");

        write(NAME, "after");

        awaitValue("after");
    }

    @Test
    void cachedAbsenceEndsWhenAnotherWriterAddsTheSecret() throws Throwable {
        assertNull(resolve());

        write(NAME, "now-present");

        awaitValue("now-present");
    }

    private void write(String key, String value) throws SQLException {
        byte[] envelope = cipher.seal(key, value);
        try (Connection c = SecretRows.connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO secrets (key, value, key_id) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, key_id = excluded.key_id""")) {
            s.setString(1, key);
            s.setBytes(2, envelope);
            s.setString(3, cipher.currentKeyId());
            s.executeUpdate();
        }
    }

    private String resolve() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> service.resolve(Set.of(NAME))).values().get(NAME);
    }

    /**
     * Resolves until the cache holds the value: a read that overlapped the write's own notification is
     * answered but, rightly, not cached (it might be older than the change).
     */
    private void awaitCached(String expected) throws Throwable {
        long deadline = System.nanoTime() + NOTIFY_WAIT.toNanos();
        while (!expected.equals(cache.lookup(Set.of(NAME)).values().get(NAME)) && System.nanoTime() < deadline) {
            resolve();
            Thread.sleep(20);
        }
        assertEquals(expected, cache.lookup(Set.of(NAME)).values().get(NAME), "not cached within " + NOTIFY_WAIT);
    }

    private void awaitValue(String expected) throws Throwable {
        long deadline = System.nanoTime() + NOTIFY_WAIT.toNanos();
        String actual = resolve();
        while (!expected.equals(actual) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            actual = resolve();
        }
        assertEquals(expected, actual, "the change was not visible within " + NOTIFY_WAIT);
    }
}
