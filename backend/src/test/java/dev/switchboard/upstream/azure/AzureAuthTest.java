package dev.switchboard.upstream.azure;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialNames;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AzureAuthTest {

    @Test
    void aKeyGoesInTheApiKeyHeader() {
        assertEquals(Map.of("api-key", "azure-key-123"),
                AzureOpenAiClient.auth(credentials(Map.of("AZURE_OPENAI_API_KEY", "azure-key-123"))));
    }

    @Test
    void withoutAKeyTheEntraIdTokenIsABearerToken() {
        assertEquals(Map.of("Authorization", "Bearer eyJ0eXAiOiJKV1Qi.entra"),
                AzureOpenAiClient.auth(credentials(Map.of(CredentialNames.AZURE_OPENAI_AD_TOKEN, "eyJ0eXAiOiJKV1Qi.entra"))));
    }

    @Test
    void aKeyWinsOverAToken() {
        assertEquals(Map.of("api-key", "k"), AzureOpenAiClient.auth(credentials(Map.of(
                "AZURE_OPENAI_API_KEY", "k", CredentialNames.AZURE_OPENAI_AD_TOKEN, "t"))));
    }

    @Test
    void aBlankKeyFallsBackToTheToken() {
        assertEquals(Map.of("Authorization", "Bearer t"), AzureOpenAiClient.auth(credentials(Map.of(
                "AZURE_OPENAI_API_KEY", " ", CredentialNames.AZURE_OPENAI_AD_TOKEN, "t"))));
    }

    @Test
    void neitherKeyNorTokenIsMissingCredentials() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> AzureOpenAiClient.auth(credentials(Map.of())));

        assertEquals(ProblemType.MISSING_CREDENTIALS, e.type());
    }

    static ResolvedCredentials credentials(Map<String, String> values) {
        ProviderDefinition azure = new ProviderDefinition("AZURE_OPENAI", "Azure OpenAI", Sdk.AZURE_OPENAI,
                List.of(ApiType.CHAT_COMPLETIONS, ApiType.RESPONSES), ApiType.CHAT_COMPLETIONS, List.of(
                new CredentialSpec("AZURE_OPENAI_API_KEY", CredentialKind.KEY, true, List.of(), null),
                new CredentialSpec("AZURE_OPENAI_ENDPOINT", CredentialKind.ENDPOINT, true, List.of(), null),
                new CredentialSpec("OPENAI_API_VERSION", CredentialKind.SETTING, false, List.of(), "2025-04-01-preview")),
                null, null, List.of());
        return new ResolvedCredentials(azure, values, Map.of(), "https://my-resource.openai.azure.com");
    }
}
