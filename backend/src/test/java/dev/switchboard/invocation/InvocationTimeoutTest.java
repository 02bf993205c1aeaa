package dev.switchboard.invocation;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider that goes silent: the idle timeout (short here) ends the call with upstream-timeout. Whole
 * answers are switched off here, so JSON mode streams and joins, and the idle timeout watches it too.
 */
@QuarkusTest
@TestProfile(InvocationTimeoutTest.ShortIdleTimeout.class)
@WithMockUpstream(pointAt = OPENAI)
class InvocationTimeoutTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.upstream.idle-timeout", "1s", "switchboard.upstream.whole-answers", "false");
        }
    }

    static final String CHAT = "/v1/chat/completions";

    static MockUpstream upstream;

    @Test
    void silenceAfterTheHeadersIsAGatewayTimeoutProblem() {
        upstream.on(CHAT, MockReply.hangAfterHeaders());

        stream(invocation("OPENAI", "gpt-4o-mini", ""))
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-timeout"));
    }

    @Test
    void silenceMidStreamEndsWithAnUpstreamTimeoutErrorEvent() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(2).thenHang());

        SseFrames frames = frames(stream(invocation("OPENAI", "gpt-4o-mini", "")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        assertEquals(PROBLEM + "upstream-timeout", frames.last().data().at("/problem/type").asText());
    }

    @Test
    void withWholeAnswersOffJsonModeStreamsAndTheIdleTimeoutWatchesIt() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(2).thenHang());

        json(invocation("OPENAI", "gpt-4o-mini", ""))
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-timeout"));
        assertTrue(upstream.onlyRequest().body().contains("\"stream\":true"));
    }
}
