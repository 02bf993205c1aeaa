package dev.switchboard.invocation;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.TestServerEnvironment;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.switchboard.invocation.InvocationEndpointTest.CHAT;
import static dev.switchboard.invocation.InvocationEndpointTest.PROBLEM;
import static dev.switchboard.invocation.InvocationEndpointTest.frames;
import static dev.switchboard.invocation.InvocationEndpointTest.invocation;
import static dev.switchboard.invocation.InvocationEndpointTest.json;
import static dev.switchboard.invocation.InvocationEndpointTest.stream;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider that goes silent: the idle timeout (short here) ends the call with upstream-timeout. Whole
 * answers are switched off here, so JSON mode streams and joins, and the idle timeout watches it too.
 */
@QuarkusTest
@TestProfile(InvocationTimeoutTest.ShortIdleTimeout.class)
class InvocationTimeoutTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.upstream.idle-timeout", "1s", "switchboard.upstream.whole-answers", "false");
        }
    }

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    @BeforeAll
    static void startUpstream() {
        upstream = MockUpstream.start();
    }

    @AfterAll
    static void stopUpstream() {
        upstream.close();
    }

    @BeforeEach
    void pointOpenAiAtTheMock() {
        environment.set("OPENAI_BASE_URL", upstream.url("/v1")).set("OPENAI_API_KEY", "sk-env-key-timeout-1");
    }

    @AfterEach
    void cleanUp() {
        environment.clear();
        upstream.reset();
    }

    @Test
    void silenceAfterTheHeadersIsAGatewayTimeoutProblem() {
        upstream.on(CHAT, MockReply.hangAfterHeaders());

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-timeout"));
    }

    @Test
    void silenceMidStreamEndsWithAnUpstreamTimeoutErrorEvent() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(2).thenHang());

        SseFrames frames = frames(stream(invocation("gpt-4o-mini", "")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        assertEquals(PROBLEM + "upstream-timeout", frames.last().data().at("/problem/type").asText());
    }

    @Test
    void withWholeAnswersOffJsonModeStreamsAndTheIdleTimeoutWatchesIt() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(2).thenHang());

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-timeout"));
        assertTrue(upstream.onlyRequest().body().contains("\"stream\":true"));
    }
}
