package dev.switchboard.invocation;

import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.AZURE_OPENAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invocations through a custom provider of sdk {@code azure_openai} with an API key: the provider's
 * endpoint and apiVersion pick the route (dated deployment routes with {@code ?api-version=}, or the v1
 * API), the key goes in {@code api-key}, the request's headers over the provider's, and the server's
 * AZURE_OPENAI_API_KEY and OPENAI_API_VERSION (which the environment holds) are not used.
 */
@QuarkusTest
@WithMockUpstream(pointAt = AZURE_OPENAI)
class CustomProviderAzureInvocationTest {

    static final String DEPLOYMENT = "team-gpt-4o";
    static final String KEY = "azure-team-key-0123456789abcdefghij";
    static final String[] CREDENTIALS = {"AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION"};

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    /** A provider on the mock with {@link #KEY}, a header of its own, and {@code extra} config members. */
    private Saved provider(String extra) {
        return providers.create("azure_openai", config(apiKey(KEY), member("azureEndpoint", upstream.url("")),
                "\"headers\": {\"X-Team\": \"from-provider\", \"X-Provider-Only\": \"p\"}" + (extra.isEmpty() ? "" : ", " + extra)));
    }

    @Test
    void chatOnTheDatedDeploymentRouteOfTheConfiguredVersionWithTheApiKeyHeader() {
        Saved provider = provider("\"apiVersion\": \"2024-10-21\", \"apiType\": \"chat_completions\"");
        String route = "/openai/deployments/" + DEPLOYMENT + "/chat/completions";
        upstream.on(route, MockReply.sse("azure/chat-text.sse"));

        Response response = stream(invocation(provider.id(), DEPLOYMENT, "\"headers\": {\"x-team\": \"from-request\"}"));

        SseFrames frames = frames(response);
        assertEquals("Hello there", frames.text());
        assertStartsAs(provider, frames.first("start").data(), CREDENTIALS);
        assertEquals("chat_completions", frames.first("start").data().get("apiType").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(route, request.path());
        assertEquals("api-version=2024-10-21", request.query());
        assertEquals(KEY, request.header("api-key"));
        assertNull(request.header("Authorization"));
        assertEquals("from-request", request.header("X-Team"));
        assertEquals("p", request.header("X-Provider-Only"));
        assertNoHeaderCarries(request, AZURE_OPENAI.key());
        assertFalse(response.asString().contains(KEY));
    }

    @Test
    void responsesByDefaultOnTheDatedRouteOfTheDefaultVersion() {
        Saved provider = provider("");
        upstream.on("/openai/responses", MockReply.sse("azure/responses-text.sse"));

        SseFrames frames = frames(stream(invocation(provider.id(), DEPLOYMENT, "")));

        assertEquals("Hi!", frames.text());
        assertEquals("responses", frames.first("start").data().get("apiType").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("/openai/responses", request.path());
        assertEquals("api-version=2025-04-01-preview", request.query());
        assertTrue(request.body().contains("\"model\":\"" + DEPLOYMENT + "\""), request.body());
        assertEquals(KEY, request.header("api-key"));
        assertEquals("from-provider", request.header("X-Team"));
        assertNoHeaderCarries(request, AZURE_OPENAI.key());
    }

    @Test
    void apiVersionV1UsesTheV1RoutesWithoutAQuery() {
        Saved provider = provider("\"apiVersion\": \"v1\"");
        upstream.on("/openai/v1/responses", MockReply.sse("azure/responses-text.sse"));
        upstream.on("/openai/v1/chat/completions", MockReply.sse("azure/chat-text.sse"));

        assertEquals("Hi!", frames(stream(invocation(provider.id(), DEPLOYMENT, ""))).text());
        assertEquals("Hello there", frames(stream(invocation(provider.id(), DEPLOYMENT,
                "\"apiType\": \"chat_completions\""))).text());

        List<MockUpstream.RecordedRequest> sent = upstream.requests();
        assertEquals(List.of("/openai/v1/responses", "/openai/v1/chat/completions"),
                sent.stream().map(MockUpstream.RecordedRequest::path).toList());
        for (MockUpstream.RecordedRequest request : sent) {
            assertNull(request.query());
            assertEquals(KEY, request.header("api-key"));
            assertNoHeaderCarries(request, AZURE_OPENAI.key());
        }
    }
}
