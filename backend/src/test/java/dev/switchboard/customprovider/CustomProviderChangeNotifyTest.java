package dev.switchboard.customprovider;

import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.TestDatabase;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invocations are served from a cache of decrypted providers, and a change that another writer makes
 * in the database (here plain SQL, as another replica would) reaches it through the tables' NOTIFY
 * triggers within a second: the next invocation uses the new config, the new key, or finds the
 * provider gone.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderChangeNotifyTest {

    private static final Logger LOG = Logger.getLogger(CustomProviderChangeNotifyTest.class);
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(1);
    /** After a restart of the application (another test profile) the LISTEN connection takes a moment. */
    private static final Duration LISTENING_WITHIN = Duration.ofSeconds(5);
    private static final String KEY = "sk-notify-0123456789abcdefghij";
    private static final String RESPONSES = "/notify/v1/responses";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Inject
    CustomProviderCache cache;

    @Inject
    Vault vault;

    @BeforeEach
    void listening() {
        await(cache::enabled, System.nanoTime(), LISTENING_WITHIN, "the custom-provider change listener did not subscribe");
    }

    @AfterEach
    void enableTriggers() throws SQLException {
        setTriggers(true);
    }

    @Test
    void cachedProviderIsServedWithoutReadingTheTable() throws SQLException {
        String id = cachedProvider();

        // Silence the triggers and change the row behind the application's back: an invocation that
        // still sends the old header did not read the table.
        setTriggers(false);
        CustomProviderRows.execute("UPDATE custom_providers SET config = jsonb_set(config, '{headers,X-Team}', "
                + "'\"silent\"') WHERE id = ?", UUID.fromString(id));

        assertEquals("a", invoke(id).header("X-Team"));
    }

    @Test
    void configChangedByAnotherWriterIsUsedByTheNextInvocationWithinASecond() throws SQLException {
        String id = cachedProvider();

        long written = System.nanoTime();
        CustomProviderRows.execute("UPDATE custom_providers SET config = jsonb_set(config, '{headers,X-Team}', '\"b\"') "
                + "WHERE id = ?", UUID.fromString(id));
        long heardAfter = awaitDropped(id, written);

        assertEquals("b", invoke(id).header("X-Team"));
        LOG.infof("A config change by another writer was heard after %d ms", heardAfter);
    }

    @Test
    void keyChangedByAnotherWriterIsUsedByTheNextInvocationWithinASecond() throws SQLException {
        String id = cachedProvider();
        String newKey = "sk-notify-rotated-0123456789abcdef";

        long written = System.nanoTime();
        CustomProviderRows.reseal(id, vault, Map.of(SecretField.apiKey, newKey));
        long heardAfter = awaitDropped(id, written);

        assertEquals("Bearer " + newKey, invoke(id).header("Authorization"));
        LOG.infof("A key change by another writer was heard after %d ms", heardAfter);
    }

    @Test
    void providerDeletedByAnotherWriterIsGoneForTheNextInvocationWithinASecond() throws SQLException {
        String id = cachedProvider();

        long written = System.nanoTime();
        CustomProviderRows.execute("DELETE FROM custom_providers WHERE id = ?", UUID.fromString(id));
        awaitDropped(id, written);

        stream(invocation(id, "gpt-4o-mini", "")).then().statusCode(404).body("type", equalTo(PROBLEM + "not-found"));
    }

    /**
     * A provider that invocations are served from the cache: a read that overlapped the creation's own
     * notification is answered but, rightly, not cached, so invoke until it is.
     */
    private String cachedProvider() {
        String id = providers.create(uniqueName("notify"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "%s", "headers": {"X-Team": "a"}}"""
                .formatted(KEY, upstream.url("/notify/v1"))).id();
        UUID uuid = UUID.fromString(id);
        await(() -> {
            assertEquals("a", invoke(id).header("X-Team"));
            return cache.get(uuid).isPresent();
        }, System.nanoTime(), LISTENING_WITHIN, "the provider was not cached");
        return id;
    }

    /**
     * Milliseconds from {@code written} (taken before the other writer's statement, so the SQL round trip
     * counts) until the provider left the cache; fails after {@link #HEARD_WITHIN}.
     */
    private long awaitDropped(String id, long written) {
        UUID uuid = UUID.fromString(id);
        return await(() -> cache.get(uuid).isEmpty(), written, HEARD_WITHIN, "the change was not heard");
    }

    /** Invokes the provider (the mock answers) and gives the request it sent upstream. */
    private static MockUpstream.RecordedRequest invoke(String id) {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-text.sse"));
        assertEquals("Hi there!", frames(stream(invocation(id, "gpt-4o-mini", ""))).text());
        List<MockUpstream.RecordedRequest> requests = upstream.requests();
        return requests.get(requests.size() - 1);
    }


    private static void setTriggers(boolean enabled) throws SQLException {
        String action = enabled ? "ENABLE" : "DISABLE";
        try (Connection c = TestDatabase.connect()) {
            c.createStatement().execute("ALTER TABLE custom_providers " + action + " TRIGGER custom_providers_changed");
            c.createStatement().execute("ALTER TABLE custom_provider_secrets " + action
                    + " TRIGGER custom_provider_secrets_changed");
        }
    }

    /** Polls the condition every millisecond until {@code limit} after {@code start}; the milliseconds since start. */
    private static long await(BooleanSupplier condition, long start, Duration limit, String failure) {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > limit.toNanos()) {
                fail(failure + " within " + limit);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
