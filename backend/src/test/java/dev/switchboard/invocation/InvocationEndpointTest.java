package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.OpenApiSchemas;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.TestServerEnvironment;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.switchboard.testing.InvocationCalls.PATH;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/invocations end to end, against a mock OpenAI that plays documented wire formats. */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class InvocationEndpointTest {

    static final String CHAT = "/v1/chat/completions";
    static final String RESPONSES = "/v1/responses";
    static final String ENV_KEY = OPENAI.key();

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    static String invocation(String model, String extra) {
        return InvocationCalls.invocation("OPENAI", model, extra);
    }

    // --- happy paths ---

    @Test
    void streamsStartTextUsageAndOneFinishInOrder() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        Response response = stream(invocation("gpt-4o-mini", ""));

        SseFrames frames = frames(response);
        assertEquals(List.of("start", "text", "text", "text", "usage", "finish"), frames.names());
        JsonNode start = frames.first("start").data();
        assertEquals("OPENAI", start.get("provider").asText());
        assertEquals("gpt-4o-mini", start.get("model").asText());
        assertEquals("chat_completions", start.get("apiType").asText());
        assertFalse(start.get("invocationId").asText().isBlank());
        assertEquals("environment", start.at("/credentialSources/OPENAI_API_KEY").asText());
        assertEquals("Hello there, world!", frames.text());
        assertEquals(9, frames.first("usage").data().get("inputTokens").asInt());
        assertEquals(13, frames.first("usage").data().get("totalTokens").asInt());
        assertEquals("stop", frames.last().data().get("reason").asText());
        assertFalse(response.asString().contains(ENV_KEY));
    }

    @Test
    void manyLargeEventsInOneUpstreamWriteAllArriveInOrder() {
        // 200 KB of text in one upstream write: the events of one read are written together, and past
        // 64 KB the next event waits for that write, so this takes the back-pressure path too.
        StringBuilder body = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String piece = String.valueOf((char) ('a' + i)).repeat(25_000);
            expected.append(piece);
            body.append("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(piece).append("\"}}]}\n\n");
        }
        body.append("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        upstream.on(CHAT, MockReply.text(200, Map.of("Content-Type", "text/event-stream"), List.of(body.toString()),
                Duration.ZERO, MockReply.Ending.END));

        SseFrames frames = frames(stream(invocation("gpt-4o-mini", "")));

        assertEquals(List.of("start", "text", "text", "text", "text", "text", "text", "text", "text", "finish"),
                frames.names());
        assertEquals(expected.toString(), frames.text());
    }

    @Test
    void sendsTheStreamingChatRequestWithTheBearerKey() throws Exception {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        frames(stream(invocation("gpt-4o-mini", "\"parameters\": {\"maxTokens\": 64}")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals("Bearer " + ENV_KEY, request.header("Authorization"));
        assertEquals("text/event-stream", request.header("Accept"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertTrue(body.get("stream").asBoolean());
        assertTrue(body.at("/stream_options/include_usage").asBoolean());
        assertEquals(64, body.get("max_completion_tokens").asInt());
    }

    @Test
    void requestKeyIsReportedAsRequestAndUsed() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(stream(invocation("gpt-4o-mini",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-browser-key-123456\"}")));

        assertEquals("request", frames.first("start").data().at("/credentialSources/OPENAI_API_KEY").asText());
        assertEquals("Bearer sk-browser-key-123456", upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void storedSecretIsReportedAsSecretWithoutItsValue() {
        environment.clear();
        environment.set("OPENAI_BASE_URL", upstream.url("/v1"));
        given().contentType(ContentType.JSON).body("{\"value\": \"sk-stored-key-987654\"}")
                .put("/api/v1/secrets/OPENAI_API_KEY").then().statusCode(200);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));
        try {
            Response response = stream(invocation("gpt-4o-mini", ""));

            SseFrames frames = frames(response);
            assertEquals("secret", frames.first("start").data().at("/credentialSources/OPENAI_API_KEY").asText());
            assertFalse(response.asString().contains("sk-stored-key-987654"));
            assertEquals("Bearer sk-stored-key-987654", upstream.onlyRequest().header("Authorization"));
        } finally {
            given().delete("/api/v1/secrets/OPENAI_API_KEY");
        }
    }

    @Test
    void jsonAcceptAsksForTheWholeAnswerAndReturnsIt() throws Exception {
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/chat-text.json")));

        json(invocation("gpt-4o-mini", "\"parameters\": {\"maxTokens\": 64}"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("text", equalTo("Hello there, world!"))
                .body("finishReason", equalTo("stop"))
                .body("usage.inputTokens", equalTo(9))
                .body("usage.outputTokens", equalTo(4))
                .body("usage.cachedInputTokens", equalTo(2))
                .body("invocationId", notNullValue())
                .body("apiType", equalTo("chat_completions"))
                .body("credentialSources.OPENAI_API_KEY", equalTo("environment"))
                .body(not(containsString(ENV_KEY)));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("application/json", request.header("Accept"));
        assertEquals("Bearer " + ENV_KEY, request.header("Authorization"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertFalse(body.get("stream").asBoolean());
        assertFalse(body.has("stream_options"), "OpenAI refuses stream_options without stream");
        assertEquals(64, body.get("max_completion_tokens").asInt());
    }

    @Test
    void withoutAnAcceptPreferenceTheAnswerIsJson() {
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/chat-text.json")));

        for (String accept : new String[]{null, "*/*", "application/*", "text/html, application/json;q=0.9"}) {
            var request = given().contentType(ContentType.JSON).body(invocation("gpt-4o-mini", ""));
            if (accept != null) {
                request.header("Accept", accept);
            }
            request.post(PATH).then().statusCode(200).contentType(ContentType.JSON)
                    .body("text", equalTo("Hello there, world!"));
        }
    }

    @Test
    void anAcceptWithNeitherJsonNorEventsIsNotAcceptable() {
        given().contentType(ContentType.JSON).accept("text/html").body(invocation("gpt-4o-mini", ""))
                .post(PATH)
                .then().statusCode(406);
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void aProviderFailureInJsonModeNamesTheInvocation() {
        upstream.on(CHAT, MockReply.json(500, Fixtures.read("openai/error-500.json")));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("invocationId", notNullValue());
    }

    @Test
    void jsonAcceptReadsParallelToolCallsInOrder() {
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/chat-tool-calls.json")));

        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(invocation("gpt-4o-mini", "\"tools\": [{\"name\": \"get_weather\"}, {\"name\": \"get_time\"}]"))
                .post(PATH)
                .then().statusCode(200)
                .body("finishReason", equalTo("tool_calls"))
                .body("text", equalTo(""))
                .body("toolCalls", hasSize(2))
                .body("toolCalls[0].id", equalTo("call_abc"))
                .body("toolCalls[0].name", equalTo("get_weather"))
                .body("toolCalls[0].arguments", equalTo("{\"location\": \"Paris\"}"))
                .body("toolCalls[1].id", equalTo("call_def"))
                .body("toolCalls[1].name", equalTo("get_time"))
                .body("toolCalls[1].arguments", equalTo("{\"tz\": \"CET\"}"))
                .body("usage.inputTokens", equalTo(80));
    }

    @Test
    void jsonAcceptReportsARefusalAsItsText() {
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/chat-refusal.json")));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(200)
                .body("text", equalTo("I'm sorry, I can't help with that."))
                .body("finishReason", equalTo("refusal"));
    }

    @Test
    void jsonAcceptKeepsReasoningApartFromTheAnswer() {
        environment.set("DEEPSEEK_BASE_URL", upstream.url("/v1")).set("DEEPSEEK_API_KEY", "ds-env-key-12345678");
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/deepseek-reasoning.json")));

        json(invocation("deepseek-reasoner", "").replace("OPENAI", "DEEPSEEK"))
                .then().statusCode(200)
                .body("provider", equalTo("DEEPSEEK"))
                .body("reasoning", equalTo("The user greets me. I should greet back."))
                .body("text", equalTo("Hi!"))
                .body("usage.reasoningTokens", equalTo(15));
    }

    @Test
    void jsonAcceptWithAnAnswerThatIsNotJsonIsUpstreamProtocol() {
        upstream.on(CHAT, MockReply.json(200, "<html>gateway says hi</html>"));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-protocol"))
                .body("detail", equalTo("The provider's answer is not valid JSON."))
                .body(not(containsString("gateway says hi")));
    }

    @Test
    void jsonAcceptWithAnErrorObjectInA200IsAnUpstreamError() {
        upstream.on(CHAT, MockReply.json(200, "{\"error\": {\"message\": \"model overloaded for key " + ENV_KEY
                + "\", \"type\": \"server_error\"}}"));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(502)
                .body("type", equalTo(PROBLEM + "upstream-error"))
                .body("detail", containsString("model overloaded"))
                .body(not(containsString(ENV_KEY)));
    }

    @Test
    void jsonAcceptWithTheResponsesApiStillStreamsAndAggregates() {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-text.sse"));

        json(invocation("gpt-4o", "\"apiType\": \"responses\""))
                .then().statusCode(200)
                .body("text", equalTo("Hi there!"))
                .body("apiType", equalTo("responses"));
        assertTrue(upstream.onlyRequest().body().contains("\"stream\":true"));
    }

    @Test
    void responsesApiTypeCallsResponsesAndStreamsItsEvents() {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-text.sse"));

        SseFrames frames = frames(stream(invocation("gpt-4o", "\"apiType\": \"responses\"")));

        assertEquals(List.of("start", "text", "text", "usage", "finish"), frames.names());
        assertEquals("responses", frames.first("start").data().get("apiType").asText());
        assertEquals("Hi there!", frames.text());
        assertEquals(RESPONSES, upstream.onlyRequest().path());
        assertTrue(upstream.onlyRequest().body().contains("\"store\":false"));
    }

    @Test
    void responsesOnlyModelDefaultsToTheResponsesApi() {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-reasoning.sse"));

        SseFrames frames = frames(stream(invocation("o3-pro", "")));

        assertEquals("responses", frames.first("start").data().get("apiType").asText());
        assertEquals("**Responding to a greeting** The user said hello.", frames.frames().stream()
                .filter(f -> f.event().equals("reasoning")).map(f -> f.data().get("delta").asText())
                .reduce("", String::concat));
        assertEquals(RESPONSES, upstream.onlyRequest().path());
    }

    @Test
    void requestedApiTypeWinsOverTheModelRule() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        frames(stream(invocation("o3-pro", "\"apiType\": \"chat_completions\"")));

        assertEquals(CHAT, upstream.onlyRequest().path());
    }

    @Test
    void compatibleProviderUsesChatCompletionsAtItsBaseUrl() {
        environment.set("DEEPSEEK_BASE_URL", upstream.url("/v1")).set("DEEPSEEK_API_KEY", "ds-env-key-12345678");
        upstream.on(CHAT, MockReply.sse("openai/deepseek-reasoning.sse"));

        SseFrames frames = frames(stream(invocation("deepseek-reasoner", "").replace("OPENAI", "DEEPSEEK")));

        assertEquals(List.of("start", "reasoning", "reasoning", "text", "usage", "finish"), frames.names());
        assertTrue(frames.first("start").data().get("apiType").isNull()
                || !frames.first("start").data().has("apiType"));
        assertEquals("Bearer ds-env-key-12345678", upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void apiTypeTheProviderDoesNotOfferIsRefused() {
        environment.set("DEEPSEEK_API_KEY", "ds-env-key-12345678");

        stream(invocation("deepseek-chat", "\"apiType\": \"responses\"").replace("OPENAI", "DEEPSEEK"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void bodiesSentUpstreamConformToOpenAisDescription() throws Exception {
        String extra = """
                "tools": [{"name": "get_weather", "description": "Weather", "parameters": {"type": "object"}}],
                "toolChoice": {"name": "get_weather"},
                "responseFormat": {"type": "json_schema", "name": "answer", "schema": {"type": "object"}},
                "parameters": {"temperature": 0.5, "maxTokens": 100, "topP": 0.9, "reasoningEffort": "low"CHAT_ONLY},
                "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Paris?"},
                  {"role": "assistant", "content": null,
                   "toolCalls": [{"id": "c1", "name": "get_weather", "arguments": "{}"}]},
                  {"role": "tool", "toolCallId": "c1", "content": "18C"}]""";
        String body = invocation("gpt-4o-mini", extra).replace("\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], ", "");
        // The Responses API takes no stop, seed or penalties: a request with them is refused.
        String chatBody = body.replace("CHAT_ONLY",
                ", \"seed\": 3, \"stop\": [\"END\"], \"frequencyPenalty\": 0.5, \"presencePenalty\": -0.5");
        String responsesBody = body.replace("CHAT_ONLY", "");
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));
        upstream.on(RESPONSES, MockReply.sse("openai/responses-text.sse"));
        OpenApiSchemas openai = OpenApiSchemas.of("openai/openapi.yaml");
        ObjectMapper json = new ObjectMapper();

        frames(stream(chatBody));
        frames(stream(responsesBody.replace("\"provider\"", "\"apiType\": \"responses\", \"provider\"")));

        List<MockUpstream.RecordedRequest> sent = upstream.requests();
        assertEquals(List.of(CHAT, RESPONSES), sent.stream().map(MockUpstream.RecordedRequest::path).toList());
        assertEquals(Set.of(), openai.validate("CreateChatCompletionRequest", json.readTree(sent.get(0).body())));
        assertEquals(Set.of(), openai.validate("CreateResponse", json.readTree(sent.get(1).body())));
    }

    // --- upstream faults before the stream: problem+json ---

    @Test
    void upstream401IsUpstreamAuthenticationWithTheKeyScrubbed() {
        String key = "sk-test-wrong-0123456789abcdef";
        upstream.on(CHAT, MockReply.json(401, Fixtures.read("openai/error-401.json")));

        Response response = stream(invocation("gpt-4o-mini", "\"credentials\": {\"OPENAI_API_KEY\": \"" + key + "\"}"));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(401))
                .body("provider", notNullValue())
                .body("detail", containsString("Incorrect API key provided"));
        assertFalse(response.asString().contains(key), response.asString());
    }

    @Test
    void upstream401InJsonModeIsTheSameProblem() {
        upstream.on(CHAT, MockReply.json(401, Fixtures.read("openai/error-401.json")));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"));
    }

    @Test
    void upstream429KeepsRetryAfter() {
        upstream.on(CHAT, MockReply.json(429, Fixtures.read("openai/error-429.json")).withHeader("Retry-After", "20"));

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "20")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"))
                .body("retryAfter", equalTo(20))
                .body("detail", containsString("Rate limit reached"));
    }

    @Test
    void upstream429InJsonModeKeepsRetryAfter() {
        upstream.on(CHAT, MockReply.json(429, Fixtures.read("openai/error-429.json")).withHeader("Retry-After", "20"));

        json(invocation("gpt-4o-mini", ""))
                .then().statusCode(429).header("Retry-After", "20")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"));
    }

    @Test
    void upstream500IsBadGateway() {
        upstream.on(CHAT, MockReply.json(500, Fixtures.read("openai/error-500.json")));

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-error"))
                .body("upstreamStatus", equalTo(500));
    }

    @Test
    void upstream503IsUnavailable() {
        upstream.on(CHAT, MockReply.json(503, Fixtures.read("openai/error-503.json")).withHeader("Retry-After", "5"));

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(PROBLEM + "upstream-unavailable"));
    }

    @Test
    void upstream404IsModelNotFound() {
        upstream.on(CHAT, MockReply.json(404, Fixtures.read("openai/error-404-model.json")));

        stream(invocation("gpt-nonexistent", ""))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "model-not-found"))
                .body("detail", containsString("gpt-nonexistent"));
    }

    // --- upstream faults inside the stream: one error event ---

    @Test
    void resetMidStreamEndsWithAnErrorEvent() {
        // The pause lets the text be read before the reset: bytes the client has received but not yet
        // asked for are dropped when the connection closes (Vert.x fails the paused response at once).
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(2).withDelay(Duration.ofMillis(200))
                .thenReset());

        SseFrames frames = frames(stream(invocation("gpt-4o-mini", "")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        JsonNode problem = frames.last().data().get("problem");
        assertTrue(problem.get("type").asText().startsWith(PROBLEM + "upstream-"), problem.toString());
        assertEquals(frames.first("start").data().get("invocationId"), problem.get("invocationId"));
    }

    @Test
    void errorObjectInsideA200StreamEndsWithAnErrorEvent() {
        upstream.on(CHAT, MockReply.sse("openai/chat-error-in-stream.sse"));

        Response response = stream(invocation("gpt-4o-mini",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-test-secret-0123456789\"}"));

        SseFrames frames = frames(response);
        assertEquals(List.of("start", "text", "error"), frames.names());
        JsonNode problem = frames.last().data().get("problem");
        assertEquals(PROBLEM + "upstream-error", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("The server had an error"), problem.toString());
        assertFalse(response.asString().contains("sk-test-secret-0123456789"));
    }

    @Test
    void responsesFailedBeforeAnyOutputIsAPlainProblem() {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-failed.sse"));

        stream(invocation("gpt-4o", "\"apiType\": \"responses\""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-error"))
                .body("detail", containsString("The model failed to generate a response."));
    }

    @Test
    void responsesErrorEventAfterOutputEndsWithAnErrorEvent() {
        upstream.on(RESPONSES, MockReply.sse("openai/responses-text.sse").firstChunks(5)
                .thenChunks(Fixtures.events("openai/responses-error.sse").get(1)));

        SseFrames frames = frames(stream(invocation("gpt-4o", "\"apiType\": \"responses\"")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        assertTrue(frames.last().data().at("/problem/detail").asText().contains("Something went wrong"));
    }

    @Test
    void streamCutBeforeAnyEventIsAProtocolProblem() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse").firstChunks(0));

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-protocol"));
    }

    // --- custom headers ---

    @Test
    void customHeadersAreForwarded() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        frames(stream(invocation("gpt-4o-mini", "\"headers\": {\"X-Team\": \"a\", \"OpenAI-Organization\": \"org-1\"}")));

        assertEquals("a", upstream.onlyRequest().header("X-Team"));
        assertEquals("org-1", upstream.onlyRequest().header("OpenAI-Organization"));
        assertEquals("Bearer " + ENV_KEY, upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void headerThatOverridesAuthorizationIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        stream(invocation("gpt-4o-mini", "\"headers\": {\"authorization\": \"Bearer other\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("authorization"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void hopByHopAndHostHeadersAreRefusedInJsonModeToo() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        for (String header : new String[]{"Host", "Connection", "Transfer-Encoding", "Content-Length", "x-api-key"}) {
            given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(invocation("gpt-4o-mini", "\"headers\": {\"" + header + "\": \"x\"}"))
                    .post(PATH)
                    .then().statusCode(422).body("type", equalTo(PROBLEM + "validation"));
        }
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void headerValueWithLineBreakIsRefused() {
        stream(invocation("gpt-4o-mini", "\"headers\": {\"X-Team\": \"a\\r\\nX-Evil: 1\"}"))
                .then().statusCode(422).body("type", equalTo(PROBLEM + "validation"));
        assertTrue(upstream.requests().isEmpty());
    }

    // --- credentials and the egress guard ---

    @Test
    void requestBaseUrlWithServerHeldKeyIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        stream(invocation("gpt-4o-mini", "\"connection\": {\"baseUrl\": \"" + upstream.url("/v1") + "\"}"))
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "egress-refused"))
                .body(not(containsString(ENV_KEY)));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void requestBaseUrlWithRequestKeyGoesToThatUrl() {
        environment.set("OPENAI_BASE_URL", "http://127.0.0.1:9/unused");
        upstream.on("/custom/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(stream(invocation("gpt-4o-mini", "\"connection\": {\"baseUrl\": \""
                + upstream.url("/custom/v1/") + "\"}, \"credentials\": {\"OPENAI_API_KEY\": \"sk-browser-9876543\"}")));

        assertEquals("finish", frames.last().event());
        assertEquals("/custom/v1/chat/completions", upstream.onlyRequest().path());
        assertEquals("Bearer sk-browser-9876543", upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void missingCredentialsAreRefusedBeforeAnyUpstreamCall() {
        environment.clear();
        environment.set("OPENAI_BASE_URL", upstream.url("/v1"));
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        stream(invocation("gpt-4o-mini", ""))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "missing-credentials"))
                .body("detail", containsString("OPENAI_API_KEY"));
        assertTrue(upstream.requests().isEmpty());
    }

    // --- malformed requests on the streaming route ---

    @Test
    void malformedJsonIsAProblem() {
        stream("{\"provider\": \"OPENAI\", \"model\": ")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "malformed-json"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void invalidRequestListsTheFieldErrors() {
        stream("{\"provider\": \"OPENAI\", \"model\": \"\", \"messages\": []}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", hasItems(
                        containsString("model"), containsString("messages")));
    }

    @Test
    void messageWithoutRoleIsInvalid() {
        stream("{\"provider\": \"OPENAI\", \"model\": \"gpt-4o\", \"messages\": [{\"content\": \"Hi\"}]}")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "validation"));
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON).accept("text/event-stream").post(PATH)
                .then().statusCode(either(equalTo(400)).or(equalTo(422)))
                .contentType("application/problem+json");
    }

    @Test
    void nonJsonContentTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).accept("text/event-stream").body("hello").post(PATH)
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "unsupported-media-type"));
    }

    @Test
    void unknownProviderIsAProblem() {
        stream(invocation("m", "").replace("OPENAI", "NOPE"))
                .then().contentType("application/problem+json")
                .body("status", greaterThanOrEqualTo(400));
        assertTrue(upstream.requests().isEmpty());
    }

}
