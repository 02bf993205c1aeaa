package dev.switchboard.common.operations;

import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, item 4: the database goes away while the server is in use. What needs it answers 503
 * service-unavailable with Retry-After, never 500; invocations go on with keys from the request and
 * with the stored secrets the server last read; readiness follows the database down and up again.
 * The server has a PostgreSQL of its own here, which the test stops (fast shutdown) and restarts on the
 * same port and data directory.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
@WithMockUpstream(pointAt = OPENAI)
class DatabaseOutageTest {

    private static final String STORED_KEY = "sk-stored-outage-0123456789";

    /** JVM-wide, since the profile's resource and the test may be loaded by different class loaders. */
    static final int PORT = Integer.parseInt(jvmWide("dev.switchboard.test.outage-port", () -> String.valueOf(freePort())));
    static final Path DATA = Path.of(jvmWide("dev.switchboard.test.outage-dir", () -> temporaryDirectory().toString()));

    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OutageDatabase.class));
        }
    }

    /** The PostgreSQL the test takes away; started before the application, on {@link #PORT}. */
    public static class OutageDatabase implements QuarkusTestResourceLifecycleManager {

        /** Static so that the test can let go of it after stopping its server (it holds the data directory's lock). */
        static EmbeddedPostgres database;

        @Override
        public Map<String, String> start() {
            database = startDatabase();
            return Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://localhost:" + PORT + "/postgres",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + PORT + "/postgres",
                    "quarkus.datasource.username", "postgres",
                    "switchboard.data-dir", DATA.toString(),
                    "switchboard.database.source", "embedded",
                    "switchboard.database.embedded-data-dir", DATA.resolve("pg").toString());
        }

        @Override
        public void stop() {
            closeQuietly(database); // the instance the test restarted is closed by the test
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static MockUpstream upstream;

    private static final String CUSTOM_KEY = "sk-custom-outage-0123456789";
    private static final String CUSTOM_PROVIDER = """
            {"name": "outage-proxy", "sdk": "openai", "config": {"auth": {"type": "api_key", "apiKey": "%s"},
             "baseUrl": "%%s", "apiType": "chat_completions"}}""".formatted(CUSTOM_KEY);

    private static String customInvocation(String id) {
        return "{\"customProviderId\": \"" + id + "\", \"model\": \"gpt-4o-mini\", " + InvocationCalls.SAY_HI + "}";
    }

    @Test
    void anOutageIsServiceUnavailableWhileInvocationsGoOnAndReadinessFollowsTheDatabase() throws Exception {
        // Given a stored key that an invocation has used, so the server has read it
        given().contentType("application/json").body("{\"value\": \"" + STORED_KEY + "\"}")
                .put("/api/v1/secrets/OPENAI_API_KEY").then().statusCode(200);
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        assertEquals("finish", frames(stream(invocation("OPENAI", "gpt-4o-mini", ""))).last().event());
        // and a custom provider that an invocation has used
        String customId = given().contentType("application/json").body(CUSTOM_PROVIDER.formatted(upstream.url("/custom/v1")))
                .post("/api/v1/custom-providers").then().statusCode(201).extract().path("id");
        upstream.on("/custom/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        // (twice: the first read may race with the creation's own change notification, and then is not kept)
        assertEquals("finish", frames(stream(customInvocation(customId))).last().event());
        assertEquals("finish", frames(stream(customInvocation(customId))).last().event());

        // When the database goes away
        stopDatabase();

        // Then what needs it is 503 with Retry-After, and readiness goes down
        given().get("/api/v1/secrets")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"))
                .body("retryAfter", equalTo(5))
                .body("detail", startsWith("The database is unavailable"));
        given().contentType("application/json").body("{\"value\": \"sk-other-0123456789\"}")
                .put("/api/v1/secrets/OPENAI_API_KEY")
                .then().statusCode(503).header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"));
        awaitReadiness(503, "DOWN");

        // and invocations go on: with the stored key as last read, and with a key in the request
        upstream.reset();
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        assertEquals("secret", frames(stream(invocation("OPENAI", "gpt-4o-mini", "")))
                .first("start").data().at("/credentialSources/OPENAI_API_KEY").asText());
        assertEquals("Bearer " + STORED_KEY, upstream.onlyRequest().header("Authorization"));
        assertEquals("finish", frames(stream(invocation("OPENAI", "gpt-4o-mini",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-request-0123456789\"}"))).last().event());
        // and through the custom provider as last read
        upstream.reset();
        upstream.on("/custom/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        assertEquals("custom_provider", frames(stream(customInvocation(customId)))
                .first("start").data().at("/credentialSources/OPENAI_API_KEY").asText());
        assertEquals("Bearer " + CUSTOM_KEY, upstream.onlyRequest().header("Authorization"));
        given().get("/api/v1/custom-providers").then().statusCode(503)
                .body("type", equalTo(PROBLEM + "service-unavailable"));
        // but a stored secret the server never read cannot be vouched for: refused before any stream
        stream(invocation("ANTHROPIC", "claude-sonnet-4-5", ""))
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "service-unavailable"));

        // When the database is back, readiness and the vault are too
        try (EmbeddedPostgres restarted = startDatabase()) {
            awaitReadiness(200, "UP");
            given().get("/api/v1/secrets").then().statusCode(200).body("key", hasItem("OPENAI_API_KEY"));
        }
    }

    /** On {@link #PORT} and {@link #DATA}, kept when closed (the restart must find the secrets again; the resource deletes it). */
    private static EmbeddedPostgres startDatabase() {
        try {
            return EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA.resolve("pg"))
                    .setCleanDataDirectory(false).setServerConfig("listen_addresses", "localhost").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fast shutdown of the postmaster (SIGINT): open connections are cut, as in a crash or failover. */
    private static void stopDatabase() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(DATA.resolve("pg").resolve("postmaster.pid")).get(0).trim());
        assertEquals(0, new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        closeQuietly(OutageDatabase.database); // releases the data directory for the restart
        OutageDatabase.database = null;
    }

    private static void awaitReadiness(int status, String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        given().get("/q/health/ready").then().statusCode(status).body("status", equalTo(state));
    }

    private static void closeQuietly(EmbeddedPostgres database) {
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException | RuntimeException e) {
            // already stopped by the test
        }
    }

    private static String jvmWide(String property, java.util.function.Supplier<String> initial) {
        return (String) System.getProperties().computeIfAbsent(property, key -> initial.get());
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
