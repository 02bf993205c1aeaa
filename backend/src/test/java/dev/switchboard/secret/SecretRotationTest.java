package dev.switchboard.secret;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's key changes: the vault is re-created with another secret (as after a restart
 * with a new {@code SWITCHBOARD_SECRET}), then with the old one in {@code SWITCHBOARD_SECRET_PREVIOUS}.
 */
@QuarkusTest
class SecretRotationTest {

    private static final String NEW_SECRET = "new-vault-key-Hq3Xn8Rw2Lp7Vb4Ms9Kd1Fz6";
    private static final Set<String> NAMES = Set.of("ROT_OPENAI_API_KEY", "ROT_ANTHROPIC_API_KEY");

    @Inject
    SecretRepository repository;

    @Inject
    Vertx vertx;

    @Inject
    SecretService app;

    @Inject
    SecretCipher appCipher;

    @ConfigProperty(name = "switchboard.data-dir")
    String dataDir;

    @Test
    @RunOnVertxContext
    void anotherSecretMakesValuesUnreadableUntilTheOldOneIsPreviousAndRotateMovesThemToTheNewKey(UniAsserter asserter)
            throws IOException {
        // The test database is "embedded", so the application generated its key into the data directory.
        String appSecret = Files.readString(Path.of(dataDir, SecretKeys.FILE_NAME)).strip();
        SecretCipher newKeyOnly = new SecretCipher(SecretKeys.of(NEW_SECRET));
        SecretService restartedWithNewKey = new SecretService(repository, newKeyOnly, new SecretCache(), vertx);
        SecretService restartedWithPrevious = new SecretService(repository,
                new SecretCipher(SecretKeys.of(NEW_SECRET, appSecret)), new SecretCache(), vertx);
        SecretService restoredToAppKey = new SecretService(repository,
                new SecretCipher(SecretKeys.of(appSecret, NEW_SECRET)), new SecretCache(), vertx);
        assertNotEquals(appCipher.currentKeyId(), newKeyOnly.currentKeyId());

        asserter.execute(() -> app.put("ROT_OPENAI_API_KEY", "sk-rotation-openai-000000000"));
        asserter.execute(() -> app.put("ROT_ANTHROPIC_API_KEY", "sk-rotation-anthropic"));

        asserter.assertThat(restartedWithNewKey::list, list -> assertEquals(List.of("unreadable", "unreadable"),
                statuses(list)));
        asserter.assertThat(() -> restartedWithNewKey.resolve(NAMES), resolved -> {
            assertEquals(Map.of(), resolved.values());
            assertEquals(NAMES, resolved.unreadable());
        });

        asserter.assertThat(restartedWithPrevious::list, list -> assertEquals(List.of("ok", "ok"), statuses(list)));
        // Other tests' rows are in the same table, so the counts are at least ours.
        asserter.assertThat(restartedWithPrevious::rotate, result -> assertTrue(result.reencrypted() >= 2));
        asserter.assertThat(restartedWithNewKey::list, list -> assertEquals(List.of("ok", "ok"), statuses(list)));
        asserter.assertThat(() -> Panache.withSession(() -> repository.listNamed(NAMES)), rows -> {
            assertEquals(2, rows.size());
            for (SecretEntity row : rows) {
                assertEquals(newKeyOnly.currentKeyId(), row.keyId);
                assertEquals(newKeyOnly.currentKeyId(), SecretCipher.keyIdOf(row.envelope).orElseThrow());
            }
        });
        asserter.assertThat(() -> restartedWithNewKey.resolve(NAMES), resolved -> assertEquals(
                Map.of("ROT_OPENAI_API_KEY", "sk-rotation-openai-000000000",
                        "ROT_ANTHROPIC_API_KEY", "sk-rotation-anthropic"), resolved.values()));
        asserter.assertThat(() -> app.resolve(NAMES), resolved -> assertEquals(NAMES, resolved.unreadable()));

        // Back to the application's key, so that the other tests see readable rows.
        asserter.assertThat(restoredToAppKey::rotate, result -> assertTrue(result.reencrypted() >= 2));
        // The application's cache still holds "unreadable" until the table's change notification
        // (sent by PostgreSQL when the rotation commits) reaches it, a moment later.
        asserter.assertThat(() -> Uni.createFrom().deferred(() -> app.resolve(NAMES))
                        .invoke(resolved -> {
                            if (resolved.values().size() != 2) {
                                throw new IllegalStateException("change not heard yet");
                            }
                        })
                        .onFailure().retry().withBackOff(Duration.ofMillis(20), Duration.ofMillis(100)).atMost(50),
                resolved -> assertEquals(2, resolved.values().size()));
    }

    @Test
    @RunOnVertxContext
    void resolveReportsMissingNamesNowhereAndAnEmptySetWithoutAQuery(UniAsserter asserter) {
        asserter.execute(() -> app.put("ROT_PRESENT", "present-value"));

        asserter.assertThat(() -> app.resolve(Set.of("ROT_PRESENT", "ROT_ABSENT")), resolved -> {
            assertEquals(Map.of("ROT_PRESENT", "present-value"), resolved.values());
            assertEquals(Set.of(), resolved.unreadable());
        });
        asserter.assertThat(() -> app.resolve(Set.of()), resolved -> assertEquals(ResolvedSecrets.none(), resolved));
    }

    private static List<String> statuses(List<SecretSummary> list) {
        return list.stream().filter(s -> NAMES.contains(s.key())).map(SecretSummary::status).toList();
    }
}
