package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a PATCH may do with secrets it does not repeat: they stay only where they went before. A new
 * baseUrl, azureEndpoint, endpointUrl or authorityHost needs the secrets again (someone who cannot see a
 * stored key must not send it to a host of their choosing); the sdk changes only between openai and
 * azure_openai, with the secrets; a session token belongs to the access keys it came with.
 */
@QuarkusTest
class CustomProviderChangeRulesTest {

    private static final String KEY = "sk-change-rules-0123456789abcd";
    private static final String NEW_KEY = "sk-change-rules-new-0123456789wxyz";

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Inject
    Vault vault;

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            openai       | https://proxy.example.com/v1 | https://attacker.example.net/v1
            openai       | https://proxy.example.com/v1 | none
            openai       | none                         | https://attacker.example.net/v1
            anthropic    | none                         | http://127.0.0.1:9/
            google_genai | https://gemini.example.com   | https://gemini.example.com.attacker.example.net
            """)
    void newBaseUrlWithoutTheKeyIsRefusedAndWithItAccepted(String sdk, String before, String after) throws Exception {
        String id = providers.create(uniqueName("redirect-" + sdk), sdk, apiKeyConfig(KEY, "baseUrl", before)).id();
        JsonPath stored = CustomProviderCalls.get(id).jsonPath();

        refused(CustomProviderCalls.change(id, "{\"config\": " + apiKeyConfig(null, "baseUrl", after) + "}"),
                "config.baseUrl", "apiKey");
        assertEquals(stored.getMap(""), CustomProviderCalls.get(id).jsonPath().getMap(""), "nothing changed");

        JsonPath changed = CustomProviderCalls.change(id, "{\"config\": " + apiKeyConfig(NEW_KEY, "baseUrl", after) + "}")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(after, changed.getString("config.baseUrl"));
        assertEquals(Map.of("apiKey", "wxyz"), changed.getMap("secretsSet"));
        assertEquals(NEW_KEY, storedSecret(id, SecretField.apiKey));
    }

    @Test
    void newAzureEndpointWithoutTheKeyIsRefused() throws Exception {
        String id = providers.create(uniqueName("redirect-azure"), "azure_openai",
                apiKeyConfig(KEY, "azureEndpoint", "https://team.openai.azure.com")).id();

        refused(CustomProviderCalls.change(id, "{\"config\": "
                + apiKeyConfig(null, "azureEndpoint", "https://attacker.openai.azure.com") + "}"),
                "config.azureEndpoint", "apiKey");
        CustomProviderCalls.change(id, "{\"config\": " + apiKeyConfig(NEW_KEY, "azureEndpoint",
                "https://other.openai.azure.com") + "}").then().statusCode(200)
                .body("host", equalTo("other.openai.azure.com"));
        assertEquals(NEW_KEY, storedSecret(id, SecretField.apiKey));
    }

    @Test
    void newEndpointUrlNeedsEveryAccessKeyAgain() throws Exception {
        String id = providers.create(uniqueName("redirect-bedrock"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "secret-1"},
                 "region": "us-east-1", "endpointUrl": "https://vpce-1.example.com"}""").id();

        refused(CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys"}, "region": "us-east-1", "endpointUrl": "https://attacker.example.net"}}"""),
                "config.endpointUrl", "secretAccessKey");
        // The key id alone is not enough: the secret access key would still be kept.
        refused(CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE"}, "region": "us-east-1",
                            "endpointUrl": "https://attacker.example.net"}}"""), "config.endpointUrl", "secretAccessKey");
        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "secret-2"},
                            "region": "us-east-1", "endpointUrl": "https://vpce-2.example.com"}}""")
                .then().statusCode(200).body("host", equalTo("vpce-2.example.com"));
        assertEquals("secret-2", storedSecret(id, SecretField.secretAccessKey));
    }

    @Test
    void newAuthorityHostWithoutTheClientSecretIsRefused() throws Exception {
        String id = providers.create(uniqueName("redirect-entra"), "azure_openai", """
                {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "cs-1",
                          "authorityHost": "https://login.microsoftonline.us"},
                 "azureEndpoint": "https://team.openai.azure.us"}""").id();

        refused(CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c",
                                     "authorityHost": "https://login.attacker.example.net"},
                            "azureEndpoint": "https://team.openai.azure.us"}}"""), "config.auth.authorityHost", "clientSecret");
        refused(CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c"},
                            "azureEndpoint": "https://team.openai.azure.us"}}"""), "config.auth.authorityHost", "clientSecret");
        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "cs-2"},
                            "azureEndpoint": "https://team.openai.azure.us"}}""").then().statusCode(200)
                .body("config.auth", equalTo(Map.of("type", "azure_ad_client_secret", "tenantId", "t", "clientId", "c")));
        assertEquals("cs-2", storedSecret(id, SecretField.clientSecret));
    }

    @Test
    void sameDestinationKeepsTheOmittedSecretWhateverElseChanges() throws Exception {
        String id = providers.create(uniqueName("same-host"), "azure_openai", """
                {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "cs-1"},
                 "azureEndpoint": "https://team.openai.azure.com", "headers": {"X-Team": "a"}}""").id();

        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "azure_ad_client_secret", "tenantId": "t2", "clientId": "c2", "scope": "api://s/.default"},
                            "azureEndpoint": "https://team.openai.azure.com", "apiVersion": "v1", "apiType": "chat_completions"}}""")
                .then().statusCode(200).body("config.auth.tenantId", equalTo("t2"))
                .body("secretsSet", equalTo(java.util.Collections.singletonMap("clientSecret", null)));
        assertEquals("cs-1", storedSecret(id, SecretField.clientSecret));
    }

    @Test
    void sdkChangeOtherThanBetweenOpenAiAndAzureIsRefusedEvenWithTheSecrets() {
        String id = providers.create(uniqueName("sdk-anthropic"), "anthropic", apiKeyConfig(KEY, null, null)).id();

        refused(CustomProviderCalls.change(id, "{\"sdk\": \"openai\", \"config\": " + apiKeyConfig(NEW_KEY, null, null) + "}"),
                "sdk", "only between openai and azure_openai");
        refused(CustomProviderCalls.change(id, "{\"sdk\": \"aws_bedrock\"}"), "sdk", "create another");
        CustomProviderCalls.get(id).then().body("sdk", equalTo("anthropic"));
    }

    @Test
    void openAiBecomesAzureOnlyWithTheSecretsEnteredAgain() throws Exception {
        String id = providers.create(uniqueName("sdk-openai"), "openai", apiKeyConfig(KEY, "baseUrl",
                "https://proxy.example.com/v1")).id();
        String azure = apiKeyConfig(null, "azureEndpoint", "https://team.openai.azure.com");

        refused(CustomProviderCalls.change(id, "{\"sdk\": \"azure_openai\"}"), "config", "secrets");
        refused(CustomProviderCalls.change(id, "{\"sdk\": \"azure_openai\", \"config\": " + azure + "}"),
                "config.auth.apiKey", "blank");
        JsonPath changed = CustomProviderCalls.change(id, "{\"sdk\": \"azure_openai\", \"config\": "
                + apiKeyConfig(NEW_KEY, "azureEndpoint", "https://team.openai.azure.com") + "}")
                .then().statusCode(200).extract().jsonPath();

        assertEquals("azure_openai", changed.getString("sdk"));
        assertEquals("team.openai.azure.com", changed.getString("host"));
        assertEquals(null, changed.getString("config.baseUrl"));
        assertEquals(NEW_KEY, storedSecret(id, SecretField.apiKey));
        // And back, again only with the key.
        refused(CustomProviderCalls.change(id, "{\"sdk\": \"openai\", \"config\": " + apiKeyConfig(null, null, null) + "}"),
                "config.auth.apiKey", "blank");
        CustomProviderCalls.change(id, "{\"sdk\": \"openai\", \"config\": " + apiKeyConfig(KEY, null, null) + "}")
                .then().statusCode(200).body("sdk", equalTo("openai")).body("host", equalTo("api.openai.com"));
    }

    @Test
    void sessionTokenIsKeptWithItsKeysAndDroppedWhenTheKeysAreEnteredAgainWithoutIt() throws Exception {
        String id = providers.create(uniqueName("session"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "ASIAIOSFODNN7EXAMPLE", "secretAccessKey": "secret-1",
                          "sessionToken": "session-token-of-secret-1"}, "region": "us-east-1"}""").id();

        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys"}, "region": "eu-west-1"}}""").then().statusCode(200)
                .body("config.region", equalTo("eu-west-1"));
        assertEquals(Set.of("accessKeyId", "secretAccessKey", "sessionToken"), storedFields(id));

        JsonPath reentered = CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "secret-2"},
                            "region": "eu-west-1"}}""").then().statusCode(200).extract().jsonPath();

        assertEquals(Set.of("accessKeyId", "secretAccessKey"), reentered.getMap("secretsSet").keySet());
        assertEquals(Set.of("accessKeyId", "secretAccessKey"), storedFields(id));
    }

    @Test
    void anotherAuthTypeNeedsItsOwnSecretsAndRemovesTheOldOnes() throws Exception {
        String id = providers.create(uniqueName("auth-change"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "secret-1"},
                 "region": "us-east-1"}""").id();

        refused(CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "bearer_token"}, "region": "us-east-1"}}"""), "config.auth.token", "blank");
        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "default_credentials"}, "region": "us-east-1"}}""").then().statusCode(200)
                .body("authType", equalTo("default_credentials")).body("secretsSet", equalTo(Map.of()));

        assertEquals(Set.of(), storedFields(id));
    }

    /** An api_key config with the key (or none, to keep the stored one) and one routing field, if not null. */
    private static String apiKeyConfig(String key, String routingField, String url) {
        String auth = key == null ? "{\"type\": \"api_key\"}" : "{\"type\": \"api_key\", \"apiKey\": \"" + key + "\"}";
        String routing = routingField == null || url == null ? "" : ", \"" + routingField + "\": \"" + url + "\"";
        return "{\"auth\": " + auth + routing + "}";
    }

    private static void refused(Response response, String field, String explanation) {
        response.then().log().ifValidationFails().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", equalTo(List.of(field)));
        String message = response.path("errors[0].message");
        assertTrue(message.contains(explanation), message);
    }

    private String storedSecret(String id, SecretField field) throws Exception {
        byte[] envelope = CustomProviderRows.secret(id, field.name()).value();
        return vault.open(field.identity(UUID.fromString(id)), envelope).orElseThrow();
    }

    private static Set<String> storedFields(String id) throws Exception {
        return Set.copyOf(CustomProviderRows.secrets(id).stream().map(CustomProviderRows.Secret::field).toList());
    }
}
