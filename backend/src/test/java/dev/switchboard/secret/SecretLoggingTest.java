package dev.switchboard.secret;

import dev.switchboard.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values never reach the log, whatever the level. */
@QuarkusTest
class SecretLoggingTest {

    private static final String[] DEBUG = {"dev.switchboard", "org.hibernate", "io.vertx.sqlclient", "io.quarkus.rest"};
    private static final String PUT_VALUE = "sk-log-test-PUT-8d1e4a7b9c2f";
    private static final String RESOLVED_VALUE = "sk-log-test-RESOLVE-3b6e9f1a4c7d";
    private static final String FOREIGN_VALUE = "sk-log-test-FOREIGN-5a2c8e1f9b3d";

    @Inject
    SecretRepository repository;

    @Inject
    Vertx vertx;

    @Inject
    SecretStore store;

    @Inject
    SecretService service;

    @Test
    void putsDoNotLogTheValue() {
        try (LogCapture log = new LogCapture(DEBUG)) {
            given().contentType(ContentType.JSON).body(Map.of("value", PUT_VALUE))
                    .put("/api/v1/secrets/LOG_PUT").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("value", PUT_VALUE))
                    .put("/api/v1/secrets/bad-name").then().statusCode(422);
            given().contentType(ContentType.JSON)
                    .body(Map.of("secrets", List.of(Map.of("key", "LOG_BATCH", "value", PUT_VALUE))))
                    .put("/api/v1/secrets").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"value\": " + PUT_VALUE + "}")
                    .put("/api/v1/secrets/LOG_PUT").then().statusCode(400);

            assertTrue(log.text().contains("LOG_PUT"), "the capture sees the vault's debug lines:\n" + log.text());
            assertFalse(log.text().contains(PUT_VALUE), log.text());
        }
    }

    @Test
    @RunOnVertxContext
    void resolveDoesNotLogTheValuesEvenForUnreadableOnes(UniAsserter asserter) {
        SecretService otherKey = new SecretService(repository,
                new SecretCipher(SecretKeys.of("a-different-vault-key-Jk8Pq2Wx5Zr9Tm3Vn")), new SecretCache(), vertx);
        LogCapture[] log = new LogCapture[1];
        asserter.execute(() -> {
            log[0] = new LogCapture(DEBUG);
        });
        asserter.execute(() -> otherKey.put("LOG_FOREIGN", FOREIGN_VALUE));
        asserter.execute(() -> service.put("LOG_RESOLVED", RESOLVED_VALUE));

        asserter.assertThat(() -> store.resolve(Set.of("LOG_RESOLVED", "LOG_FOREIGN")), resolved -> {
            assertEquals(Map.of("LOG_RESOLVED", RESOLVED_VALUE), resolved.values());
            assertEquals(Set.of("LOG_FOREIGN"), resolved.unreadable());
        });

        asserter.execute(() -> {
            log[0].close();
            assertTrue(log[0].text().contains("LOG_FOREIGN"), "the unreadable name is reported:\n" + log[0].text());
            assertFalse(log[0].text().contains(RESOLVED_VALUE), log[0].text());
            assertFalse(log[0].text().contains(FOREIGN_VALUE), log[0].text());
        });
        asserter.execute(() -> service.delete("LOG_FOREIGN"));
        asserter.surroundWith(uni -> uni.onTermination().invoke(() -> {
            if (log[0] != null) {
                log[0].close();
            }
        }));
    }
}
