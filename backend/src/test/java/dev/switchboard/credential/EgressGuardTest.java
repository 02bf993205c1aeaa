package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EgressGuardTest {

    private static final ConnectionOverride ELSEWHERE = new ConnectionOverride("https://elsewhere.example/v1", null, null);

    private final ResolverFixture fixture = new ResolverFixture();

    @Test
    void requestBaseUrlWithRequestKeyIsAllowed() {
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ResolvedCredentials resolved = fixture.resolve("OPENAI", Map.of("OPENAI_API_KEY", "sk-browser"), ELSEWHERE);

        assertEquals("https://elsewhere.example/v1", resolved.baseUrl());
        assertEquals(CredentialSource.REQUEST, resolved.sources().get("OPENAI_API_KEY"));
    }

    @Test
    void requestBaseUrlWithEnvironmentKeyIsRefusedWithWhatToDo() {
        fixture.environment.put("OPENAI_API_KEY", "sk-env");

        ProblemException problem = fixture.problem(ProblemType.EGRESS_REFUSED, "OPENAI", Map.of(), ELSEWHERE);

        assertEquals(403, problem.type().status());
        assertTrue(problem.detail().contains("OPENAI_API_KEY would come from the server environment"), problem.detail());
        assertTrue(problem.detail().contains("Send OPENAI_API_KEY with the request"), problem.detail());
        assertTrue(problem.detail().contains("custom provider"), problem.detail());
        assertTrue(!problem.detail().contains("sk-env"));
    }

    @Test
    void requestBaseUrlWithStoredSecretIsRefused() {
        fixture.secrets.put("DEEPSEEK_API_KEY", "ds-secret");

        ProblemException problem = fixture.problem(ProblemType.EGRESS_REFUSED, "DEEPSEEK", Map.of(), ELSEWHERE);

        assertTrue(problem.detail().contains("a stored secret"), problem.detail());
    }

    @Test
    void azureEndpointFromTheRequestWithServerKeyIsRefused() {
        fixture.secrets.put("AZURE_OPENAI_API_KEY", "az-secret");

        ProblemException problem = fixture.problem(ProblemType.EGRESS_REFUSED, "AZURE_OPENAI",
                Map.of("AZURE_OPENAI_ENDPOINT", "https://attacker.example"));

        assertTrue(problem.detail().startsWith("This request sets its own Azure endpoint"), problem.detail());
    }

    @Test
    void azureEndpointFromTheRequestIsNeverGivenAnEntraToken() {
        fixture.entraAvailable = true;
        fixture.entraToken = Optional.of("eyJ-token");

        fixture.problem(ProblemType.EGRESS_REFUSED, "AZURE_OPENAI", Map.of(),
                new ConnectionOverride(null, "https://attacker.example", null));

        assertEquals(0, fixture.entraCalls);
    }

    @Test
    void bedrockEndpointFromTheRequestIsNeverGivenTheServersAwsIdentity() {
        fixture.awsIdentity = Optional.of(new AwsIdentity("ASIAROLE", "role-secret", null));

        fixture.problem(ProblemType.EGRESS_REFUSED, "AWS", Map.of(), ELSEWHERE);

        assertEquals(0, fixture.awsChainCalls);
    }

    @Test
    void serverConfiguredAzureEndpointWithServerKeyIsAllowed() {
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", "https://contoso.openai.azure.com");
        fixture.secrets.put("AZURE_OPENAI_API_KEY", "az-secret");

        ResolvedCredentials resolved = fixture.resolve("AZURE_OPENAI", Map.of());

        assertEquals(CredentialSource.SECRET, resolved.sources().get("AZURE_OPENAI_API_KEY"));
    }

    @Test
    void ollamaBaseUrlFromTheRequestNeedsNoKey() {
        ResolvedCredentials resolved = fixture.resolve("OLLAMA", Map.of(),
                new ConnectionOverride("http://my-box:11434/v1", null, null));

        assertEquals("http://my-box:11434/v1", resolved.baseUrl());
    }
}
