package dev.switchboard.credential;

import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Server-side endpoint overrides, named as the providers' own SDKs name them: ANTHROPIC_BASE_URL,
 * GOOGLE_GEMINI_BASE_URL (google-genai), AWS_ENDPOINT_URL_BEDROCK_RUNTIME then AWS_ENDPOINT_URL (the
 * AWS SDKs' service-specific and global endpoint variables), with server-held keys allowed to go there.
 */
class EndpointOverrideTest {

    private final ResolverFixture fixture = new ResolverFixture();

    @Test
    void anthropicReadsAnthropicBaseUrl() {
        fixture.environment.put("ANTHROPIC_API_KEY", "sk-ant-env");
        fixture.environment.put("ANTHROPIC_BASE_URL", "http://proxy.internal/anthropic");

        ResolvedCredentials resolved = fixture.resolve("ANTHROPIC", Map.of());

        assertEquals("http://proxy.internal/anthropic", resolved.baseUrl());
        assertEquals(CredentialSource.ENVIRONMENT, resolved.sources().get("ANTHROPIC_API_KEY"));
    }

    @Test
    void geminiReadsGoogleGeminiBaseUrl() {
        fixture.environment.put("GEMINI_API_KEY", "gm-env");
        fixture.environment.put("GOOGLE_GEMINI_BASE_URL", "http://proxy.internal/gemini");

        assertEquals("http://proxy.internal/gemini", fixture.resolve("GOOGLE", Map.of()).baseUrl());
    }

    @Test
    void geminiBaseUrlIsAFallbackForTheSdkName() {
        fixture.environment.put("GEMINI_API_KEY", "gm-env");
        fixture.environment.put("GEMINI_BASE_URL", "http://old.internal/gemini");

        assertEquals("http://old.internal/gemini", fixture.resolve("GOOGLE", Map.of()).baseUrl());

        fixture.environment.put("GOOGLE_GEMINI_BASE_URL", "http://proxy.internal/gemini");
        assertEquals("http://proxy.internal/gemini", fixture.resolve("GOOGLE", Map.of()).baseUrl());
    }

    @Test
    void geminiWithoutOverrideUsesGooglesAddress() {
        assertEquals("https://generativelanguage.googleapis.com",
                fixture.resolve("GOOGLE", Map.of("GEMINI_API_KEY", "k")).baseUrl());
    }

    @Test
    void bedrockReadsTheServiceSpecificEndpointFirst() {
        fixture.environment.put("AWS_BEARER_TOKEN_BEDROCK", "bedrock-env-token");
        fixture.environment.put("AWS_ENDPOINT_URL", "http://all-services.internal");
        fixture.environment.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://bedrock.internal");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of());

        assertEquals("http://bedrock.internal", resolved.baseUrl());
        assertEquals(CredentialSource.ENVIRONMENT, resolved.sources().get("AWS_BEARER_TOKEN_BEDROCK"));
    }

    @Test
    void bedrockFallsBackToTheGlobalAwsEndpoint() {
        fixture.environment.put("AWS_BEARER_TOKEN_BEDROCK", "bedrock-env-token");
        fixture.environment.put("AWS_ENDPOINT_URL", "http://all-services.internal");

        assertEquals("http://all-services.internal", fixture.resolve("AWS", Map.of()).baseUrl());
    }

    @Test
    void bedrockEndpointOverrideIgnoresTheRegion() {
        fixture.environment.put("AWS_REGION", "eu-west-1");
        fixture.environment.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://bedrock.internal");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of("AWS_BEARER_TOKEN_BEDROCK", "b"));

        assertEquals("http://bedrock.internal", resolved.baseUrl());
        assertEquals("eu-west-1", resolved.values().get("AWS_REGION"));
    }
}
