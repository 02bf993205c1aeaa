package dev.switchboard.common.operations;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, item 4: a database that cannot be reached is 503 service-unavailable with Retry-After,
 * never 500; what needs no database (an invocation with the key in the request) keeps working, and
 * readiness follows the database down and up. The server starts with nothing listening on its database
 * port (and no migration), then a PostgreSQL is started on that port.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.NoDatabaseYet.class)
@WithMockUpstream(pointAt = OPENAI)
class DatabaseOutageTest {

    /**
     * A port nothing listens on until the test starts a PostgreSQL there; JVM-wide, since the profile
     * and the test may be loaded by different class loaders.
     */
    static final int PORT = Integer.parseInt((String) System.getProperties()
            .computeIfAbsent("dev.switchboard.test.outage-port", key -> String.valueOf(freePort())));

    public static class NoDatabaseYet implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Path dataDir = temporaryDirectory();
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://localhost:" + PORT + "/postgres",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "quarkus.flyway.migrate-at-start", "false",
                    "switchboard.data-dir", dataDir.toString(),
                    "switchboard.database.source", "embedded",
                    "switchboard.database.embedded-data-dir", dataDir.resolve("pg").toString());
        }
    }

    static MockUpstream upstream;

    @Test
    void anUnreachableDatabaseIsServiceUnavailableAndReadinessComesBackWithIt() throws IOException {
        given().get("/api/v1/secrets")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"))
                .body("retryAfter", equalTo(5))
                .body("detail", startsWith("The database is unavailable"));
        given().contentType("application/json").body("{\"value\": \"sk-stored-0123456789\"}")
                .put("/api/v1/secrets/OPENAI_API_KEY")
                .then().statusCode(503).header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        // A key in the request needs no database: the invocation streams as usual.
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        assertEquals("finish", frames(stream(invocation("OPENAI", "gpt-4o-mini",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-request-0123456789\"}"))).last().event());
        // A server-held key cannot be used without asking the vault first (a stored secret outranks the
        // environment): refused before the stream starts, as a plain problem rather than an error event.
        stream(invocation("OPENAI", "gpt-4o-mini", ""))
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"));

        Path data = temporaryDirectory();
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("listen_addresses", "localhost").start()) {
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("switchboard-outage-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
