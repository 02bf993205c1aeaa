package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Invocations through a custom provider of sdk {@code openai}: they go to the provider's base URL with
 * its key as the bearer token (never the server's OPENAI_API_KEY, which the environment holds), with the
 * request's headers laid over the provider's, on the Responses API unless the configuration or the
 * request says Chat Completions; the answer names the custom provider and {@code custom_provider} as
 * the credential source.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderOpenAiInvocationTest {

    static final String BASE_PATH = "/team-openai/v1";
    static final String KEY = "sk-team-openai-0123456789abcdefghij";
    static final String ENV_KEY = OPENAI.key();

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    /** A provider at the mock's {@link #BASE_PATH} with {@link #KEY} and two headers of its own, plus {@code extra}. */
    private Saved provider(String extra) {
        return providers.create("openai", config(apiKey(KEY), member("baseUrl", upstream.url(BASE_PATH)),
                "\"headers\": {\"X-Team\": \"from-provider\", \"X-Provider-Only\": \"p\"}" + (extra.isEmpty() ? "" : ", " + extra)));
    }

    @Test
    void streamsFromTheResponsesApiByDefaultWithTheProvidersKeyAndMergedHeaders() {
        Saved provider = provider("");
        upstream.on(BASE_PATH + "/responses", MockReply.sse("openai/responses-text.sse"));

        Response response = stream(invocation(provider.id(), "gpt-4o-mini",
                "\"headers\": {\"x-team\": \"from-request\", \"X-Request-Only\": \"r\"}"));

        SseFrames frames = frames(response);
        assertEquals("Hi there!", frames.text());
        JsonNode start = frames.first("start").data();
        assertStartsAs(provider, start, "OPENAI_API_KEY");
        assertEquals("responses", start.get("apiType").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(BASE_PATH + "/responses", request.path());
        assertNull(request.query());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals("from-request", request.header("X-Team"), "the request's value wins, sent once");
        assertEquals("p", request.header("X-Provider-Only"));
        assertEquals("r", request.header("X-Request-Only"));
        assertNoHeaderCarries(request, ENV_KEY);
        assertFalse(response.asString().contains(KEY));
    }

    @ParameterizedTest(name = "configured {0}, requested {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            chat_completions, -,                chat_completions
            -,                chat_completions, chat_completions
            chat_completions, responses,        responses
            responses,        chat_completions, chat_completions
            """)
    void theRequestsApiTypeWinsElseTheConfiguredOneApplies(String configured, String requested, String used) {
        Saved provider = provider(configured == null ? "" : "\"apiType\": \"" + configured + "\"");
        String path = BASE_PATH + (used.equals("responses") ? "/responses" : "/chat/completions");
        upstream.on(path, MockReply.sse(used.equals("responses") ? "openai/responses-text.sse" : "openai/chat-text.sse"));

        SseFrames frames = frames(stream(invocation(provider.id(), "gpt-4o-mini",
                requested == null ? "" : "\"apiType\": \"" + requested + "\"")));

        assertEquals(used, frames.first("start").data().get("apiType").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(path, request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals("from-provider", request.header("X-Team"));
        assertNoHeaderCarries(request, ENV_KEY);
    }

    @Test
    void jsonModeAsksChatCompletionsForTheWholeAnswerAndNamesTheCustomProvider() throws Exception {
        Saved provider = provider("\"apiType\": \"chat_completions\"");
        upstream.on(BASE_PATH + "/chat/completions", MockReply.json(200, Fixtures.read("openai/chat-text.json")));

        json(invocation(provider.id(), "gpt-4o-mini", ""))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("customProviderId", equalTo(provider.id()))
                .body("apiType", equalTo("chat_completions"))
                .body("text", equalTo("Hello there, world!"))
                .body("credentialSources.OPENAI_API_KEY", equalTo("custom_provider"))
                .body(not(containsString(KEY)));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertFalse(new ObjectMapper().readTree(request.body()).get("stream").asBoolean());
    }

    @Test
    void jsonModeOnTheResponsesApiJoinsTheStream() {
        Saved provider = provider("");
        upstream.on(BASE_PATH + "/responses", MockReply.sse("openai/responses-text.sse"));

        json(invocation(provider.id(), "gpt-4o-mini", ""))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo(provider.name()))
                .body("customProviderId", equalTo(provider.id()))
                .body("apiType", equalTo("responses"))
                .body("text", equalTo("Hi there!"))
                .body("credentialSources.OPENAI_API_KEY", equalTo("custom_provider"));

        assertEquals(BASE_PATH + "/responses", upstream.onlyRequest().path());
    }
}
