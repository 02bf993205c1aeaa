package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Invocations through custom providers of sdk {@code anthropic} ({@code POST {baseUrl}/v1/messages},
 * the key in {@code x-api-key} with {@code anthropic-version}) and {@code google_genai}
 * ({@code POST {baseUrl}/v1beta/models/{model}:streamGenerateContent?alt=sse}, the key in
 * {@code x-goog-api-key}, never in the URL): the provider's key and address, the request's headers over
 * the provider's, and never the server's ANTHROPIC_API_KEY or GEMINI_API_KEY (which the environment holds).
 */
@QuarkusTest
@WithMockUpstream(pointAt = {ANTHROPIC, GOOGLE})
class CustomProviderAnthropicGeminiInvocationTest {

    static final String MESSAGES = "/team-anthropic/v1/messages";
    static final String GENERATE = "/team-gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent";
    static final String ANTHROPIC_KEY = "sk-ant-team-0123456789abcdefghij";
    static final String GEMINI_KEY = "AIzaSy-team-0123456789abcdefghij";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Test
    void anthropicStreamsFromTheMessagesApiWithTheProvidersKeyAndMergedHeaders() {
        Saved provider = providers.create("anthropic", config(apiKey(ANTHROPIC_KEY),
                member("baseUrl", upstream.url("/team-anthropic")),
                "\"headers\": {\"anthropic-beta\": \"prompt-caching-2024-07-31\", \"X-Team\": \"from-provider\"}"));
        upstream.on(MESSAGES, MockReply.sse("anthropic/text.sse"));

        Response response = stream(invocation(provider.id(), "claude-sonnet-4-5", "\"headers\": {\"X-TEAM\": \"from-request\"}"));

        SseFrames frames = frames(response);
        assertEquals("Hello!", frames.text());
        assertStartsAs(provider, frames.first("start").data(), "ANTHROPIC_API_KEY");
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(MESSAGES, request.path());
        assertNull(request.query());
        assertEquals(ANTHROPIC_KEY, request.header("x-api-key"));
        assertEquals("2023-06-01", request.header("anthropic-version"));
        assertNull(request.header("Authorization"));
        assertEquals("prompt-caching-2024-07-31", request.header("anthropic-beta"));
        assertEquals("from-request", request.header("X-Team"));
        assertNoHeaderCarries(request, ANTHROPIC.key());
        assertFalse(response.asString().contains(ANTHROPIC_KEY));
    }

    private Saved gemini() {
        return providers.create("google_genai", config(apiKey(GEMINI_KEY), member("baseUrl", upstream.url("/team-gemini")),
                "\"headers\": {\"X-Goog-User-Project\": \"team-project\", \"X-Team\": \"from-provider\"}"));
    }

    @Test
    void geminiStreamsFromStreamGenerateContentWithTheProvidersKeyInAHeaderAndMergedHeaders() {
        Saved provider = gemini();
        upstream.on(GENERATE, MockReply.sse("gemini/text.sse"));

        Response response = stream(invocation(provider.id(), "gemini-2.5-flash", "\"headers\": {\"x-team\": \"from-request\"}"));

        SseFrames frames = frames(response);
        assertEquals("The sky is blue because of Rayleigh scattering.", frames.text());
        assertStartsAs(provider, frames.first("start").data(), "GEMINI_API_KEY");
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(GENERATE, request.path());
        assertEquals("alt=sse", request.query());
        assertEquals(GEMINI_KEY, request.header("x-goog-api-key"));
        assertNull(request.header("Authorization"));
        assertEquals("team-project", request.header("X-Goog-User-Project"));
        assertEquals("from-request", request.header("X-Team"));
        assertNoHeaderCarries(request, GOOGLE.key());
        assertFalse(response.asString().contains(GEMINI_KEY));
    }

    @Test
    void jsonModeJoinsTheStreamAndNamesTheCustomProvider() {
        Saved provider = gemini();
        upstream.on(GENERATE, MockReply.sse("gemini/text.sse"));

        JsonNode answer = json(invocation(provider.id(), "gemini-2.5-flash", ""))
                .then().statusCode(200).contentType(ContentType.JSON).extract().as(JsonNode.class);

        assertStartsAs(provider, answer, "GEMINI_API_KEY");
        assertEquals("The sky is blue because of Rayleigh scattering.", answer.get("text").asText());
        assertEquals(GEMINI_KEY, upstream.onlyRequest().header("x-goog-api-key"));
    }
}
