package dev.switchboard.upstream.gemini;

import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.upstream.http.HeaderRules;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GeminiClientTest {

    private static final String BASE = "https://generativelanguage.googleapis.com";

    @Test
    void streamsFromTheModelResourceWithSse() {
        assertEquals(BASE + "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
                GeminiClient.url(BASE, "gemini-2.5-flash"));
    }

    @Test
    void acceptsModelNamesWithTheirResourcePrefix() {
        assertEquals(BASE + "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
                GeminiClient.url(BASE + "/", "models/gemini-2.5-flash"));
        assertEquals(BASE + "/v1beta/tunedModels/my-model-1:streamGenerateContent?alt=sse",
                GeminiClient.url(BASE, "tunedModels/my-model-1"));
    }

    @Test
    void encodesModelNamesSoTheyCannotChangeThePath() {
        assertEquals(BASE + "/v1beta/models/a%3Fkey%3Dx%20y:streamGenerateContent?alt=sse",
                GeminiClient.url(BASE, "a?key=x y"));
    }

    @Test
    void sendsTheKeyInAHeaderNeverInTheUrl() {
        ResolvedCredentials credentials = new ResolvedCredentials(
                ProviderCatalogue.builtIn(Optional.empty()).require("GOOGLE"),
                Map.of("GEMINI_API_KEY", "AIzaTestKey"), Map.of(), BASE);

        Map<String, String> headers = HeaderRules.merge(Map.of(), Map.of("X-Proxy-Tenant", "team-a"),
                GeminiClient.ownedHeaders(credentials));

        assertEquals("AIzaTestKey", headers.get("x-goog-api-key"));
        assertEquals("team-a", headers.get("X-Proxy-Tenant"));
        assertFalse(GeminiClient.url(BASE, "gemini-2.5-flash").contains("key="));
    }
}
