package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialResolverTest {

    private final ResolverFixture fixture = new ResolverFixture();

    @Test
    void requestBeatsSecretAndEnvironment() {
        fixture.secrets.put("OPENAI_API_KEY", "sk-secret");
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "sk-browser"));

        assertEquals("sk-browser", resolved.values().get("OPENAI_API_KEY"));
        assertEquals(Map.of("OPENAI_API_KEY", CredentialSource.REQUEST), resolved.sources());
    }

    @Test
    void secretBeatsEnvironment() {
        fixture.secrets.put("OPENAI_API_KEY", "sk-secret");
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of());

        assertEquals("sk-secret", resolved.values().get("OPENAI_API_KEY"));
        assertEquals(CredentialSource.SECRET, resolved.sources().get("OPENAI_API_KEY"));
    }

    @Test
    void environmentIsUsedWhenNothingElseHoldsTheKey() {
        fixture.environment.put("ANTHROPIC_API_KEY", "sk-ant-env");

        ResolvedCredentials resolved = fixture.resolve("anthropic", Map.of());

        assertEquals("sk-ant-env", resolved.values().get("ANTHROPIC_API_KEY"));
        assertEquals(CredentialSource.ENVIRONMENT, resolved.sources().get("ANTHROPIC_API_KEY"));
        assertEquals("https://api.anthropic.com", resolved.baseUrl());
    }

    @Test
    void blankRequestValueFallsThroughToTheServer() {
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "  "));

        assertEquals(CredentialSource.ENVIRONMENT, resolved.sources().get("OPENAI_API_KEY"));
    }

    @Test
    void missingKeyNamesItAndEveryWayToProvideIt() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "OPENAI", Map.of());

        assertEquals("OpenAI needs OPENAI_API_KEY: enter it in the API keys menu, store it as a secret, "
                + "or set it in the server environment.", problem.detail());
        assertEquals(422, problem.type().status());
    }

    @Test
    void unreadableSecretIsReportedInsteadOfFallingThroughToTheEnvironment() {
        fixture.unreadable.add("OPENAI_API_KEY");
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ProblemException problem = fixture.problem(ProblemType.UNREADABLE_SECRET, "OPENAI", Map.of());

        assertTrue(problem.detail().startsWith("The stored secret OPENAI_API_KEY cannot be decrypted with the "
                + "current SWITCHBOARD_SECRET"), problem.detail());
    }

    @Test
    void unreadableSecretDoesNotMatterWhenTheRequestSuppliesTheKey() {
        fixture.unreadable.add("OPENAI_API_KEY");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "sk-browser"));

        assertEquals(CredentialSource.REQUEST, resolved.sources().get("OPENAI_API_KEY"));
    }

    @Test
    void geminiFallsBackToGoogleApiKey() {
        fixture.environment.put("GOOGLE_API_KEY", "g-env");

        ResolvedCredentials resolved = fixture.resolve("GOOGLE", Map.of());

        assertEquals("g-env", resolved.values().get("GEMINI_API_KEY"));
        assertEquals(Map.of("GOOGLE_API_KEY", CredentialSource.ENVIRONMENT), resolved.sources());
    }

    @Test
    void geminiKeyIsPreferredToGoogleKeyAtTheSameLevel() {
        fixture.secrets.put("GEMINI_API_KEY", "gem-secret");
        fixture.secrets.put("GOOGLE_API_KEY", "goo-secret");

        ResolvedCredentials resolved = fixture.resolve("GOOGLE", Map.of());

        assertEquals("gem-secret", resolved.values().get("GEMINI_API_KEY"));
        assertEquals(Map.of("GEMINI_API_KEY", CredentialSource.SECRET), resolved.sources());
    }

    @Test
    void googleKeyAtAHigherLevelBeatsGeminiKeyAtALowerOne() {
        fixture.environment.put("GEMINI_API_KEY", "gem-env");

        ResolvedCredentials resolved = fixture.resolve("GOOGLE", Map.of("GOOGLE_API_KEY", "goo-browser"));

        assertEquals("goo-browser", resolved.values().get("GEMINI_API_KEY"));
        assertEquals(Map.of("GOOGLE_API_KEY", CredentialSource.REQUEST), resolved.sources());
    }

    @Test
    void missingGeminiKeyMentionsTheFallbackName() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "GOOGLE", Map.of());

        assertTrue(problem.detail().startsWith("Google Gemini needs GEMINI_API_KEY (or GOOGLE_API_KEY):"),
                problem.detail());
    }

    @Test
    void providerOutsideAllowedListIsRefusedWithoutLookingAnythingUp() {
        fixture.allowed = Optional.of(Set.of("openai", " Anthropic"));
        fixture.environment.put("XAI_API_KEY", "xai-env");

        ProblemException problem = fixture.problem(ProblemType.PROVIDER_NOT_ALLOWED, "XAI", Map.of());

        assertEquals(403, problem.type().status());
        assertTrue(problem.detail().contains("SWITCHBOARD_ALLOWED_PROVIDERS lists ANTHROPIC, OPENAI"), problem.detail());
        assertTrue(fixture.secretQueries.isEmpty());
    }

    @Test
    void allowedProviderIsMatchedCaseInsensitively() {
        fixture.allowed = Optional.of(Set.of("openai"));
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        assertEquals("OPENAI", fixture.resolve("OpenAI", Map.of()).provider().key());
    }

    @Test
    void unknownProviderIsNotFound() {
        fixture.problem(ProblemType.NOT_FOUND, "NOPE", Map.of());
    }

    @Test
    void oneSecretQueryForTheNamesTheRequestDidNotSupply() {
        fixture.environment.put("AWS_BEARER_TOKEN_BEDROCK", "bedrock-env");

        fixture.resolve("AWS", Map.of("AWS_REGION", "eu-west-1"));

        assertEquals(1, fixture.secretQueries.size());
        assertEquals(Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                "AWS_BEARER_TOKEN_BEDROCK"), fixture.secretQueries.get(0));
    }

    @Test
    void noSecretQueryWhenTheRequestSuppliesEverything() {
        fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "sk-browser"));

        assertTrue(fixture.secretQueries.isEmpty());
    }

    @Test
    void serverConfiguredBaseUrlIsUsedWithServerHeldKey() {
        fixture.environment.put("OPENAI_API_KEY", "sk-env");
        fixture.environment.put("OPENAI_BASE_URL", "http://gateway.internal/v1");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of());

        assertEquals("http://gateway.internal/v1", resolved.baseUrl());
        assertEquals(CredentialSource.ENVIRONMENT, resolved.sources().get("OPENAI_API_KEY"));
    }

    @Test
    void defaultBaseUrlWhenNothingOverridesIt() {
        assertEquals("https://api.deepseek.com",
                fixture.resolve("DEEPSEEK", Map.of("DEEPSEEK_API_KEY", "k")).baseUrl());
    }

    @Test
    void ollamaNeedsNoKeyButABaseUrl() {
        fixture.environment.put("OLLAMA_BASE_URL", "http://localhost:11434/v1");

        ResolvedCredentials resolved = fixture.resolve("OLLAMA", Map.of());

        assertEquals("http://localhost:11434/v1", resolved.baseUrl());
        assertEquals(Map.of("OLLAMA_BASE_URL", CredentialSource.ENVIRONMENT), resolved.sources());
    }

    @Test
    void ollamaWithoutBaseUrlSaysWhereToSetIt() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "OLLAMA", Map.of());

        assertEquals("Ollama needs OLLAMA_BASE_URL: enter it in the connection settings, store it as a secret, "
                + "or set it in the server environment.", problem.detail());
    }

    @Test
    void printedResultNeverShowsValues() {
        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "sk-do-not-print"));

        assertFalse(resolved.toString().contains("sk-do-not-print"));
    }
}
