package dev.switchboard.upstream.anthropic;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.upstream.http.HeaderRules;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnthropicClientTest {

    private static final ResolvedCredentials CREDENTIALS = new ResolvedCredentials(
            ProviderCatalogue.builtIn(Optional.empty()).require("ANTHROPIC"),
            Map.of("ANTHROPIC_API_KEY", "sk-ant-test"), Map.of(), "https://proxy.example/anthropic/");

    @Test
    void postsToV1MessagesUnderTheBaseUrl() {
        assertEquals("https://api.anthropic.com/v1/messages", AnthropicClient.url("https://api.anthropic.com"));
        assertEquals("https://proxy.example/anthropic/v1/messages", AnthropicClient.url(CREDENTIALS.baseUrl()));
    }

    @Test
    void sendsTheKeyAndVersionAsOwnedHeadersUnderCustomOnes() {
        Map<String, String> headers = HeaderRules.merge(Map.of("User-Agent", "Switchboard/0.1"),
                Map.of("anthropic-beta", "interleaved-thinking-2025-05-14", "User-Agent", "mine"),
                AnthropicClient.ownedHeaders(CREDENTIALS));

        assertEquals("sk-ant-test", headers.get("x-api-key"));
        assertEquals("2023-06-01", headers.get("anthropic-version"));
        assertEquals("interleaved-thinking-2025-05-14", headers.get("anthropic-beta"));
        assertEquals("mine", headers.get("User-Agent"));
    }

    @Test
    void refusesACustomHeaderThatReplacesTheApiVersion() {
        assertThrows(ProblemException.class, () -> HeaderRules.merge(Map.of(),
                Map.of("Anthropic-Version", "2099-01-01"), AnthropicClient.ownedHeaders(CREDENTIALS)));
    }
}
