package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.CredentialNames;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AzureCredentialResolutionTest {

    private static final String ENDPOINT = "https://contoso.openai.azure.com";

    private final ResolverFixture fixture = new ResolverFixture();

    @Test
    void keyAndEndpointFromTheEnvironmentWithDefaultApiVersion() {
        fixture.environment.put("AZURE_OPENAI_API_KEY", "az-env");
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);

        ResolvedCredentials resolved = fixture.resolve("AZURE_OPENAI", Map.of());

        assertEquals(ENDPOINT, resolved.baseUrl());
        assertEquals("2025-04-01-preview", resolved.values().get("OPENAI_API_VERSION"));
        assertEquals(Map.of("AZURE_OPENAI_API_KEY", CredentialSource.ENVIRONMENT,
                "AZURE_OPENAI_ENDPOINT", CredentialSource.ENVIRONMENT), resolved.sources());
    }

    @Test
    void withoutAKeyEntraIdSuppliesAToken() {
        fixture.entraAvailable = true;
        fixture.entraToken = Optional.of("eyJ-token");
        fixture.secrets.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);

        ResolvedCredentials resolved = fixture.resolve("AZURE_OPENAI", Map.of());

        assertEquals("eyJ-token", resolved.values().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        assertEquals(CredentialSource.AMBIENT, resolved.sources().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        assertEquals(CredentialSource.SECRET, resolved.sources().get("AZURE_OPENAI_ENDPOINT"));
    }

    @Test
    void aKeyMeansEntraIdIsNotAsked() {
        fixture.entraAvailable = true;
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);

        fixture.resolve("AZURE_OPENAI", Map.of("AZURE_OPENAI_API_KEY", "az-browser"));

        assertEquals(0, fixture.entraCalls);
    }

    @Test
    void withoutKeyOrEntraIdTheProblemMentionsEntraId() {
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);

        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AZURE_OPENAI", Map.of());

        assertTrue(problem.detail().startsWith("Azure OpenAI needs AZURE_OPENAI_API_KEY: enter it in the API keys menu"),
                problem.detail());
        assertTrue(problem.detail().contains("configure Entra ID"), problem.detail());
    }

    @Test
    void missingEndpointAndKeyAreNamedTogether() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AZURE_OPENAI", Map.of());

        assertTrue(problem.detail().startsWith("Azure OpenAI needs AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT:"),
                problem.detail());
    }

    @Test
    void entraIdThatGivesNoTokenIsAMissingKey() {
        fixture.entraAvailable = true;
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);

        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AZURE_OPENAI", Map.of());

        assertTrue(problem.detail().contains("Entra ID is configured on this server but gave no token"));
    }

    @Test
    void endpointFromTheConnectionSettingsWithKeyFromTheRequest() {
        ResolvedCredentials resolved = fixture.resolve("AZURE_OPENAI", Map.of("AZURE_OPENAI_API_KEY", "az-browser"),
                new ConnectionOverride(null, ENDPOINT, null));

        assertEquals(ENDPOINT, resolved.baseUrl());
        assertEquals(CredentialSource.REQUEST, resolved.sources().get("AZURE_OPENAI_ENDPOINT"));
    }

    @Test
    void servicePrincipalVariablesCountAsEntraId() {
        Map<String, String> env = Map.of("AZURE_CLIENT_ID", "c", "AZURE_TENANT_ID", "t",
                "AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/azure/tokens/azure-identity-token");
        ServerEnvironment workloadIdentity = name -> Optional.ofNullable(env.get(name));
        ServerEnvironment clientOnly = name -> name.equals("AZURE_CLIENT_ID") ? Optional.of("c") : Optional.empty();

        assertTrue(DefaultAzureEntraId.hasServicePrincipal(workloadIdentity));
        assertTrue(!DefaultAzureEntraId.hasServicePrincipal(clientOnly));
    }
}
