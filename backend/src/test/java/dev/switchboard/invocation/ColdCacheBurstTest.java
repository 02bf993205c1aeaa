package dev.switchboard.invocation;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, item 4: a burst of streaming invocations as the first requests of a fresh server succeeds
 * in full. Each needs the vault's answer for OPENAI_API_KEY (a stored secret outranks the server's
 * environment key) and the cache does not know it yet, so the burst shares one database read (see
 * {@code SharedReads}); every caller must get that read's answer whichever event loop it came from.
 * Before the fix about a third of them answered 500 "No current Mutiny.Session found".
 */
@QuarkusTest
@TestProfile(ColdCacheBurstTest.FreshServer.class)
@WithMockUpstream(pointAt = OPENAI)
class ColdCacheBurstTest {

    /** A server of its own, so that the burst is the first thing it serves: pool and cache start cold. */
    public static class FreshServer implements QuarkusTestProfile {
    }

    private static final int INVOCATIONS = 300;

    static MockUpstream upstream;

    @TestHTTPResource("/api/v1/invocations")
    URL invocations;

    @Test
    void everyInvocationOfAConcurrentBurstOnAColdSecretCacheFinishes() throws Exception {
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(invocations.toURI())
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(invocation("OPENAI", "gpt-4o-mini", ""))).build();
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < INVOCATIONS; i++) {
            outcomes.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(ColdCacheBurstTest::outcome)
                    .exceptionally(failure -> "client failure: " + failure));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(outcome -> counts.merge(outcome.join(), 1, Integer::sum));
        assertEquals(Map.of("finished", INVOCATIONS), counts);
        assertEquals(INVOCATIONS, upstream.requests().size());
    }

    /** "finished", or what went wrong instead (the status and body of a refusal, or the events of a failed stream). */
    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return response.statusCode() + " " + response.body();
        }
        SseFrames frames = SseFrames.parse(response.body());
        return frames.names().isEmpty() || !frames.last().event().equals("finish")
                ? "stream " + frames.names() : "finished";
    }
}
