package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/invocations for ANTHROPIC, against a mock Messages API pointed at by ANTHROPIC_BASE_URL. */
@QuarkusTest
@WithMockUpstream(pointAt = ANTHROPIC)
class AnthropicInvocationTest {

    static final String MESSAGES = "/v1/messages";
    static final String ENV_KEY = ANTHROPIC.key();

    static MockUpstream upstream;

    static String invocation(String extra) {
        return InvocationCalls.invocation("ANTHROPIC", "claude-sonnet-4-5", extra);
    }

    @Test
    void streamsTextUsageAndOneFinishFromTheMessagesStream() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        Response response = stream(invocation(""));

        SseFrames frames = frames(response);
        assertEquals(List.of("start", "text", "text", "usage", "finish"), frames.names());
        assertEquals("ANTHROPIC", frames.first("start").data().get("provider").asText());
        assertEquals("environment", frames.first("start").data().at("/credentialSources/ANTHROPIC_API_KEY").asText());
        assertEquals("Hello!", frames.text());
        assertEquals(25, frames.first("usage").data().get("inputTokens").asInt());
        assertEquals(15, frames.first("usage").data().get("outputTokens").asInt());
        assertEquals("stop", frames.last().data().get("reason").asText());
        assertFalse(response.asString().contains(ENV_KEY));
    }

    @Test
    void sendsTheKeyVersionAndAStreamingMessagesBody() throws Exception {
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        frames(stream(invocation("\"parameters\": {\"temperature\": 0.3}")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(ENV_KEY, request.header("x-api-key"));
        assertEquals("2023-06-01", request.header("anthropic-version"));
        assertEquals(null, request.header("Authorization"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertTrue(body.get("stream").asBoolean());
        assertEquals("claude-sonnet-4-5", body.get("model").asText());
        assertEquals(4096, body.get("max_tokens").asInt());
        assertEquals(0.3, body.get("temperature").asDouble());
    }

    @Test
    void toolUseStreamsToolCallPiecesAndFinishesWithToolCalls() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/tool-use.sse"));

        SseFrames frames = frames(stream(invocation("\"tools\": [{\"name\": \"get_weather\"}]")));

        assertTrue(frames.names().contains("tool_call"), frames.names().toString());
        JsonNode first = frames.first("tool_call").data();
        assertEquals("toolu_01T1x1fJ34qAmk2tNTrN7Up6", first.get("id").asText());
        assertEquals("get_weather", first.get("name").asText());
        assertEquals("tool_calls", frames.last().data().get("reason").asText());
    }

    @Test
    void thinkingDeltasStreamAsReasoning() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/thinking.sse"));

        SseFrames frames = frames(stream(invocation("\"parameters\": {\"reasoningEffort\": \"low\"}")));

        assertTrue(frames.first("reasoning").data().get("delta").asText().startsWith("Let me solve this"));
        assertEquals("finish", frames.last().event());
    }

    @Test
    void jsonAcceptAggregatesTheAnswer() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/tool-use.sse"));

        json(invocation("\"tools\": [{\"name\": \"get_weather\"}]"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo("ANTHROPIC"))
                .body("text", equalTo("Okay, let's check the weather for San Francisco, CA:"))
                .body("finishReason", equalTo("tool_calls"))
                .body("toolCalls", hasSize(2))
                .body("toolCalls[0].name", equalTo("get_weather"))
                .body("toolCalls[0].arguments", equalTo("{\"location\": \"San Francisco, CA\"}"))
                .body(not(containsString(ENV_KEY)));
    }

    @Test
    void upstream401IsUpstreamAuthenticationWithTheKeyScrubbed() {
        String key = "sk-ant-wrong-key-0123456789abcdef";
        // A proxy in front of Anthropic that echoes the key it refused.
        upstream.on(MESSAGES, MockReply.json(401, Fixtures.read("anthropic/error-401.json")
                .replace("invalid x-api-key", "invalid x-api-key " + key)));

        Response response = stream(invocation("\"credentials\": {\"ANTHROPIC_API_KEY\": \"" + key + "\"}"));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(401))
                .body("detail", containsString("invalid x-api-key"));
        assertFalse(response.asString().contains(key), response.asString());
    }

    @Test
    void upstream429KeepsRetryAfter() {
        upstream.on(MESSAGES, MockReply.json(429, Fixtures.read("anthropic/error-429.json"))
                .withHeader("Retry-After", "12"));

        stream(invocation(""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "12")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"))
                .body("detail", containsString("rate limit"));
    }

    @Test
    void overloaded529IsServiceUnavailable() {
        upstream.on(MESSAGES, MockReply.json(529, Fixtures.read("anthropic/error-529.json")));

        stream(invocation(""))
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-unavailable"))
                .body("upstreamStatus", equalTo(529))
                .body("detail", containsString("Overloaded"));
    }

    @Test
    void overloaded529InJsonModeIsTheSameProblem() {
        upstream.on(MESSAGES, MockReply.json(529, Fixtures.read("anthropic/error-529.json")));

        json(invocation(""))
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-unavailable"));
    }

    @Test
    void errorEventInsideTheStreamEndsWithAnErrorEvent() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/error.sse"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        JsonNode problem = frames.last().data().get("problem");
        assertEquals(PROBLEM + "upstream-unavailable", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("Overloaded"), problem.toString());
    }

    @Test
    void streamThatStopsWithoutMessageStopEndsWithAnErrorEvent() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/truncated.sse"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals("error", frames.last().event());
        assertEquals(PROBLEM + "upstream-protocol", frames.last().data().at("/problem/type").asText());
    }

    @Test
    void customHeadersAreForwardedBesideTheOwnedOnes() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        frames(stream(invocation("\"headers\": {\"X-Team\": \"a\", \"anthropic-beta\": \"prompt-caching-2024-07-31\"}")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("a", request.header("X-Team"));
        assertEquals("prompt-caching-2024-07-31", request.header("anthropic-beta"));
        assertEquals(ENV_KEY, request.header("x-api-key"));
    }

    @Test
    void apiKeyHeaderIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        stream(invocation("\"headers\": {\"x-api-key\": \"sk-ant-other\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("x-api-key"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void apiVersionHeaderIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        stream(invocation("\"headers\": {\"Anthropic-Version\": \"2099-01-01\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("Anthropic-Version"));
        assertTrue(upstream.requests().isEmpty());
    }
}
