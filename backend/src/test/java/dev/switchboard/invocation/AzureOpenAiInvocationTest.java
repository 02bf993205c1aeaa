package dev.switchboard.invocation;

import dev.switchboard.credential.EntraIdStub;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.InvocationCalls;
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
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.AZURE_OPENAI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/invocations for AZURE_OPENAI, against a mock resource at AZURE_OPENAI_ENDPOINT: both
 * API types on the dated deployment routes and on the v1 API, with the api-key header or an Entra ID
 * bearer token (from {@link EntraIdStub}, standing in for azure-identity).
 */
@QuarkusTest
@WithMockUpstream(pointAt = AZURE_OPENAI)
class AzureOpenAiInvocationTest {

    static final String DATED_CHAT = "/openai/deployments/my-gpt-4o/chat/completions";
    static final String DATED_RESPONSES = "/openai/responses";
    static final String V1_CHAT = "/openai/v1/chat/completions";
    static final String V1_RESPONSES = "/openai/v1/responses";
    static final String ENV_KEY = AZURE_OPENAI.key();

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    static String invocation(String extra) {
        return InvocationCalls.invocation("AZURE_OPENAI", "my-gpt-4o", extra);
    }

    @Test
    void chatOnTheDatedDeploymentRouteWithTheApiKeyHeader() {
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        Response response = stream(invocation(""));

        SseFrames frames = frames(response);
        assertEquals(List.of("start", "text", "text", "usage", "finish"), frames.names());
        assertEquals("chat_completions", frames.first("start").data().get("apiType").asText());
        assertEquals("Hello there", frames.text());
        assertEquals("stop", frames.last().data().get("reason").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(DATED_CHAT, request.path());
        assertEquals("api-version=2025-04-01-preview", request.query());
        assertEquals(ENV_KEY, request.header("api-key"));
        assertNull(request.header("Authorization"));
        assertFalse(response.asString().contains(ENV_KEY));
    }

    @Test
    void theDatedRouteCarriesTheApiVersion() {
        environment.set("OPENAI_API_VERSION", "2024-10-21");
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        frames(stream(invocation("")));

        assertEquals(DATED_CHAT, upstream.onlyRequest().path());
        assertEquals("api-version=2024-10-21", upstream.onlyRequest().query());
    }

    @Test
    void responsesOnTheDatedRoute() {
        upstream.on(DATED_RESPONSES, MockReply.sse("azure/responses-text.sse"));

        SseFrames frames = frames(stream(invocation("\"apiType\": \"responses\"")));

        assertEquals("responses", frames.first("start").data().get("apiType").asText());
        assertEquals("Hi!", frames.text());
        assertEquals(DATED_RESPONSES, upstream.onlyRequest().path());
        assertEquals("api-version=2025-04-01-preview", upstream.onlyRequest().query());
        assertTrue(upstream.onlyRequest().body().contains("\"model\":\"my-gpt-4o\""), upstream.onlyRequest().body());
    }

    @Test
    void chatAndResponsesOnTheV1Api() {
        environment.set("OPENAI_API_VERSION", "v1");
        upstream.on(V1_CHAT, MockReply.sse("azure/chat-text.sse"));
        upstream.on(V1_RESPONSES, MockReply.sse("azure/responses-text.sse"));

        assertEquals("Hello there", frames(stream(invocation(""))).text());
        assertEquals("Hi!", frames(stream(invocation("\"apiType\": \"responses\""))).text());

        List<MockUpstream.RecordedRequest> sent = upstream.requests();
        assertEquals(List.of(V1_CHAT, V1_RESPONSES), sent.stream().map(MockUpstream.RecordedRequest::path).toList());
        sent.forEach(request -> assertNull(request.query()));
        assertTrue(sent.get(0).body().contains("\"model\":\"my-gpt-4o\""), sent.get(0).body());
        sent.forEach(request -> assertEquals(ENV_KEY, request.header("api-key")));
    }

    @Test
    void withoutAKeyTheEntraIdTokenIsSentAsBearer() {
        environment.clear();
        environment.set("AZURE_OPENAI_ENDPOINT", upstream.url(""));
        EntraIdStub entra = EntraIdStub.install("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-token");
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        Response response = stream(invocation(""));

        SseFrames frames = frames(response);
        assertEquals("ambient", frames.first("start").data().at("/credentialSources/AZURE_OPENAI_AD_TOKEN").asText(),
                frames.first("start").data().toString());
        assertEquals("Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-token",
                upstream.onlyRequest().header("Authorization"));
        assertNull(upstream.onlyRequest().header("api-key"));
        assertEquals(1, entra.tokensHandedOut());
        assertFalse(response.asString().contains("entra-token"));
    }

    @Test
    void aRequestKeyWinsOverEntraId() {
        environment.clear();
        environment.set("AZURE_OPENAI_ENDPOINT", upstream.url(""));
        EntraIdStub entra = EntraIdStub.install("eyJ.entra-token");
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        frames(stream(invocation("\"credentials\": {\"AZURE_OPENAI_API_KEY\": \"azure-browser-key-1234\"}")));

        assertEquals("azure-browser-key-1234", upstream.onlyRequest().header("api-key"));
        assertNull(upstream.onlyRequest().header("Authorization"));
        assertEquals(0, entra.tokensHandedOut());
    }

    @Test
    void jsonAcceptReadsAWholeAnswerWithAToolCall() {
        upstream.on(DATED_CHAT, MockReply.json(200, Fixtures.read("azure/chat-tool-call.json")));

        json(invocation("\"tools\": [{\"name\": \"get_weather\"}]"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo("AZURE_OPENAI"))
                .body("finishReason", equalTo("tool_calls"))
                .body("toolCalls[0].name", equalTo("get_weather"))
                .body("toolCalls[0].arguments", equalTo("{\"location\":\"Paris\"}"))
                .body(not(containsString(ENV_KEY)));
        assertTrue(upstream.onlyRequest().body().contains("\"stream\":false"));
    }

    @Test
    void outputFilterStopIsAContentFilterFinish() {
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-content-filter.sse"));

        assertEquals("content_filter", frames(stream(invocation(""))).last().data().get("reason").asText());
    }

    @Test
    void upstream401IsUpstreamAuthenticationWithTheKeyScrubbed() {
        String key = "azure-wrong-key-0123456789abcdef";
        upstream.on(DATED_CHAT, MockReply.json(401, Fixtures.read("azure/error-401.json")
                .replace("invalid subscription key", "invalid subscription key " + key)));

        Response response = stream(invocation("\"credentials\": {\"AZURE_OPENAI_API_KEY\": \"" + key + "\"}"));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(401))
                .body("detail", containsString("Access denied"));
        assertFalse(response.asString().contains(key), response.asString());
    }

    @Test
    void upstream429KeepsRetryAfter() {
        upstream.on(DATED_CHAT, MockReply.json(429, Fixtures.read("azure/error-429.json")).withHeader("Retry-After", "7"));

        stream(invocation(""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"));
    }

    @Test
    void errorInsideTheStreamEndsWithAnErrorEvent() {
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse").firstChunks(3)
                .thenChunks(Fixtures.events("openai/chat-error-in-stream.sse").get(1)));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals("error", frames.last().event());
        assertEquals(PROBLEM + "upstream-error", frames.last().data().at("/problem/type").asText());
    }

    @Test
    void customHeadersAreForwarded() {
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        frames(stream(invocation("\"headers\": {\"X-Team\": \"a\", \"x-ms-client-request-id\": \"req-1\"}")));

        assertEquals("a", upstream.onlyRequest().header("X-Team"));
        assertEquals("req-1", upstream.onlyRequest().header("x-ms-client-request-id"));
    }

    @Test
    void apiKeyHeaderIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(DATED_CHAT, MockReply.sse("azure/chat-text.sse"));

        stream(invocation("\"headers\": {\"api-key\": \"other\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("api-key"));
        assertTrue(upstream.requests().isEmpty());
    }
}
