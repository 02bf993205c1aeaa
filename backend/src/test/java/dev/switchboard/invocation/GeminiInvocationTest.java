package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.TestServerEnvironment;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocationWith;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/invocations for GOOGLE, against a mock Generative Language API at GOOGLE_GEMINI_BASE_URL. */
@QuarkusTest
@WithMockUpstream(pointAt = GOOGLE)
class GeminiInvocationTest {

    static final String STREAM = "/v1beta/models/gemini-2.5-flash:streamGenerateContent";
    static final String ENV_KEY = GOOGLE.key();
    /** The signature in gemini/function-call-signed.sse. */
    static final String SIGNATURE = "CiIBVKhc7oN1bXm2Jq3Zr0b6QyL8kW4tHf9sXa1uPe5dGvQ=";

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    static String invocation(String extra) {
        return invocationWith("GOOGLE", "gemini-2.5-flash",
                "\"messages\": [{\"role\": \"user\", \"content\": \"Why is the sky blue?\"}]", extra);
    }

    @Test
    void streamsTextUsageAndOneFinish() {
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        Response response = stream(invocation(""));

        SseFrames frames = frames(response);
        assertEquals("start", frames.names().get(0));
        assertEquals(1, frames.names().stream().filter("finish"::equals).count());
        assertEquals("The sky is blue because of Rayleigh scattering.", frames.text());
        assertEquals(9, frames.first("usage").data().get("inputTokens").asInt());
        assertEquals(19, frames.first("usage").data().get("totalTokens").asInt());
        assertEquals("stop", frames.last().data().get("reason").asText());
        assertEquals("environment", frames.first("start").data().at("/credentialSources/GEMINI_API_KEY").asText());
        assertFalse(response.asString().contains(ENV_KEY));
    }

    @Test
    void sendsTheKeyInXGoogApiKeyAndAsksForSse() throws Exception {
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        frames(stream(invocation("\"parameters\": {\"maxTokens\": 50, \"stop\": [\"END\"]}")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(STREAM, request.path());
        assertEquals(ENV_KEY, request.header("x-goog-api-key"));
        assertNull(request.header("Authorization"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("user", body.at("/contents/0/role").asText());
        assertEquals(50, body.at("/generationConfig/maxOutputTokens").asInt());
        assertEquals("END", body.at("/generationConfig/stopSequences/0").asText());
    }

    @Test
    void googleApiKeyFromTheRequestIsUsedWhenNoGeminiKeyIsGiven() {
        environment.clear();
        environment.set("GOOGLE_GEMINI_BASE_URL", upstream.url(""));
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        SseFrames frames = frames(stream(invocation("\"credentials\": {\"GOOGLE_API_KEY\": \"AIzaSy-browser-9876\"}")));

        assertEquals("request", frames.first("start").data().at("/credentialSources/GOOGLE_API_KEY").asText());
        assertEquals("AIzaSy-browser-9876", upstream.onlyRequest().header("x-goog-api-key"));
    }

    @Test
    void olderGeminiBaseUrlStillWorksAsAFallback() {
        environment.clear();
        environment.set("GEMINI_BASE_URL", upstream.url("")).set("GEMINI_API_KEY", ENV_KEY);
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        assertEquals("finish", frames(stream(invocation(""))).last().event());
        assertEquals(STREAM, upstream.onlyRequest().path());
    }

    @Test
    void jsonAcceptAggregatesFunctionCalls() {
        upstream.on(STREAM, MockReply.sse("gemini/function-call.sse"));

        json(invocation("\"tools\": [{\"name\": \"get_weather\"}, {\"name\": \"get_time\"}]"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo("GOOGLE"))
                .body("text", equalTo("Let me look that up."))
                .body("toolCalls", hasSize(2))
                .body("toolCalls[0].name", equalTo("get_weather"))
                .body("toolCalls[1].id", equalTo("fc-2"))
                .body("finishReason", equalTo("tool_calls"))
                .body(not(containsString(ENV_KEY)));
    }

    @Test
    void toolCallEventsCarryTheThoughtSignatureOnlyWhereGeminiGaveOne() {
        upstream.on(STREAM, MockReply.sse("gemini/function-call-signed.sse"));

        SseFrames frames = frames(stream(invocation("\"tools\": [{\"name\": \"get_weather\"}]")));

        List<JsonNode> calls = frames.frames().stream()
                .filter(frame -> frame.event().equals("tool_call")).map(SseFrames.Frame::data).toList();
        assertEquals(SIGNATURE, calls.get(0).get("thoughtSignature").asText());
        assertFalse(calls.get(1).has("thoughtSignature"), calls.get(1).toString());
    }

    @Test
    void jsonAcceptKeepsTheThoughtSignatureOfEachCall() {
        upstream.on(STREAM, MockReply.sse("gemini/function-call-signed.sse"));

        json(invocation("\"tools\": [{\"name\": \"get_weather\"}]"))
                .then().statusCode(200)
                .body("toolCalls", hasSize(2))
                .body("toolCalls[0].thoughtSignature", equalTo(SIGNATURE))
                .body("toolCalls[1]", not(hasKey("thoughtSignature")));
    }

    @Test
    void aReplayedCallGoesBackWithItsSignatureAndAnUnsignedOneWithThePlaceholder() throws Exception {
        String gemini3 = "/v1beta/models/gemini-3-pro-preview:streamGenerateContent";
        upstream.on(gemini3, MockReply.sse("gemini/text.sse"));
        String history = """
                "messages": [{"role": "user", "content": "Weather in Paris?"},
                  {"role": "assistant", "toolCalls": [{"id": "c1", "name": "get_weather", "arguments": "{}",
                    "thoughtSignature": "%s"}]},
                  {"role": "tool", "toolCallId": "c1", "content": "18"},
                  {"role": "assistant", "toolCalls": [{"id": "c2", "name": "get_weather", "arguments": "{}"}]},
                  {"role": "tool", "toolCallId": "c2", "content": "19"}],
                "tools": [{"name": "get_weather"}]""".formatted(SIGNATURE);

        frames(stream(invocationWith("GOOGLE", "gemini-3-pro-preview", history)));

        JsonNode contents = new ObjectMapper().readTree(upstream.onlyRequest().body()).get("contents");
        assertEquals(SIGNATURE, contents.at("/1/parts/0/thoughtSignature").asText());
        assertEquals("skip_thought_signature_validator", contents.at("/3/parts/0/thoughtSignature").asText());
    }

    @Test
    void jsonAcceptUsesTheStreamingEndpoint() {
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        json(invocation("")).then().statusCode(200)
                .body("text", equalTo("The sky is blue because of Rayleigh scattering."))
                .body("finishReason", equalTo("stop"));
        assertEquals(STREAM, upstream.onlyRequest().path());
    }

    @Test
    void safetyStopIsAContentFilterFinish() {
        upstream.on(STREAM, MockReply.sse("gemini/safety.sse"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals("content_filter", frames.last().data().get("reason").asText());
    }

    @Test
    void upstream403IsUpstreamAuthentication() {
        upstream.on(STREAM, MockReply.json(403, Fixtures.read("gemini/error-403.json")));

        stream(invocation(""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(403));
    }

    @Test
    void invalidKeyAnswered400IsUpstreamAuthenticationWithTheKeyScrubbed() {
        String key = "AIzaSy-wrong-key-0123456789";
        upstream.on(STREAM, MockReply.json(400, Fixtures.read("gemini/error-400-key.json")
                .replace("Please pass a valid API key.", "Please pass a valid API key. Got " + key)));

        Response response = stream(invocation("\"credentials\": {\"GEMINI_API_KEY\": \"" + key + "\"}"));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(400))
                .body("detail", containsString("API key not valid"));
        assertFalse(response.asString().contains(key), response.asString());
    }

    @Test
    void upstream429KeepsRetryAfter() {
        upstream.on(STREAM, MockReply.json(429, Fixtures.read("gemini/error-429.json")).withHeader("Retry-After", "30"));

        stream(invocation(""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"))
                .body("detail", containsString("quota"));
    }

    @Test
    void errorObjectInsideTheStreamEndsWithAnErrorEvent() {
        upstream.on(STREAM, MockReply.sse("gemini/error.sse"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        JsonNode problem = frames.last().data().get("problem");
        assertEquals(PROBLEM + "upstream-unavailable", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("overloaded"), problem.toString());
    }

    @Test
    void customHeadersAreForwarded() {
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        frames(stream(invocation("\"headers\": {\"X-Team\": \"a\", \"x-goog-user-project\": \"my-project\"}")));

        assertEquals("a", upstream.onlyRequest().header("X-Team"));
        assertEquals("my-project", upstream.onlyRequest().header("x-goog-user-project"));
        assertEquals(ENV_KEY, upstream.onlyRequest().header("x-goog-api-key"));
    }

    @Test
    void googApiKeyHeaderIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(STREAM, MockReply.sse("gemini/text.sse"));

        stream(invocation("\"headers\": {\"x-goog-api-key\": \"AIzaSy-other\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("x-goog-api-key"));
        assertTrue(upstream.requests().isEmpty());
    }
}
