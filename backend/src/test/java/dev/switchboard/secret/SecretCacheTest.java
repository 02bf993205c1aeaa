package dev.switchboard.secret;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretCacheTest {

    private final SecretCache cache = new SecretCache();

    @BeforeEach
    void listening() {
        cache.enable();
    }

    @Test
    void servesStoredValuesAbsencesAndUnreadableNames() {
        long readAt = cache.generation();
        cache.store(readAt, Set.of("A", "B", "C"), new ResolvedSecrets(Map.of("A", "a-value"), Set.of("C")));

        SecretCache.Hit hit = cache.lookup(Set.of("A", "B", "C", "D"));

        assertEquals(Map.of("A", "a-value"), hit.values());
        assertEquals(Set.of("C"), hit.unreadable());
        assertEquals(Set.of("D"), hit.missing(), "B is known to be absent; only D needs the database");
    }

    @Test
    void invalidatedNameIsAskedAgain() {
        cache.store(cache.generation(), Set.of("A", "B"), new ResolvedSecrets(Map.of("A", "x", "B", "y"), Set.of()));

        cache.invalidate("A");

        assertEquals(Set.of("A"), cache.lookup(Set.of("A", "B")).missing());
    }

    @Test
    void wildcardInvalidatesEverything() {
        cache.store(cache.generation(), Set.of("A", "B"), new ResolvedSecrets(Map.of("A", "x", "B", "y"), Set.of()));

        cache.invalidate("*");

        assertEquals(Set.of("A", "B"), cache.lookup(Set.of("A", "B")).missing());
    }

    @Test
    void readThatRacedWithAChangeIsNotStored() {
        long readAt = cache.generation();
        cache.invalidate("A"); // a change notification arrives while the database read is in flight

        cache.store(readAt, Set.of("A"), new ResolvedSecrets(Map.of("A", "stale"), Set.of()));

        assertEquals(Set.of("A"), cache.lookup(Set.of("A")).missing());
    }

    @Test
    void nothingIsCachedWhileChangesCannotBeHeard() {
        cache.disable();

        cache.store(cache.generation(), Set.of("A"), new ResolvedSecrets(Map.of("A", "x"), Set.of()));

        assertTrue(cache.lookup(Set.of("A")).missing().contains("A"));
    }

    @Test
    void reEnablingStartsEmpty() {
        cache.store(cache.generation(), Set.of("A"), new ResolvedSecrets(Map.of("A", "x"), Set.of()));

        cache.disable();
        cache.enable();

        assertEquals(Set.of("A"), cache.lookup(Set.of("A")).missing());
    }

    @Test
    void theLastAnswerReadOutlivesLostNotificationsForAnOutage() {
        cache.store(cache.generation(), Set.of("A", "B"), new ResolvedSecrets(Map.of("A", "x"), Set.of()));

        cache.disable();

        assertEquals(Set.of("A"), cache.lookup(Set.of("A")).missing(), "not served as cached any more");
        SecretCache.Hit known = cache.lastKnown(Set.of("A", "B", "C"));
        assertEquals(Map.of("A", "x"), known.values());
        assertEquals(Set.of("C"), known.missing(), "B was read as absent; C was never read");
    }

    @Test
    void aReadWhileChangesCannotBeHeardStillCountsAsTheLastAnswer() {
        cache.disable();

        cache.store(cache.generation(), Set.of("A"), new ResolvedSecrets(Map.of("A", "x"), Set.of()));

        assertEquals(Map.of("A", "x"), cache.lastKnown(Set.of("A")).values());
    }

    @Test
    void aChangeDropsTheLastAnswerToo() {
        cache.store(cache.generation(), Set.of("A", "B"), new ResolvedSecrets(Map.of("A", "x", "B", "y"), Set.of()));

        cache.invalidate("A");
        cache.disable();

        assertEquals(Set.of("A"), cache.lastKnown(Set.of("A", "B")).missing());
        cache.invalidate("*");
        assertEquals(Set.of("A", "B"), cache.lastKnown(Set.of("A", "B")).missing());
    }
}
