package dev.switchboard.listing;

import dev.switchboard.testing.TestServerEnvironment;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The catalogue endpoints with the server environment set differently; the vault is empty here. */
@QuarkusTest
class ProviderResourceTest {

    private static final String PROVIDERS = "/api/v1/providers";

    @Inject
    TestServerEnvironment environment;

    @AfterEach
    void clearEnvironment() {
        environment.clear();
    }

    @Test
    void listsEveryBuiltInProviderInCatalogueOrder() {
        given().get(PROVIDERS)
                .then().statusCode(200)
                .contentType("application/json")
                .body("key", contains("OPENAI", "AZURE_OPENAI", "ANTHROPIC", "GOOGLE", "AWS", "DEEPSEEK", "XAI",
                        "OLLAMA", "GROQ", "CEREBRAS", "FIREWORKS", "MOONSHOT", "PERPLEXITY", "TOGETHER"));
    }

    @Test
    void openAiEntryHasTheDesignedShapeAndNothingSetOnABareServer() {
        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("[0].name", equalTo("OpenAI"))
                .body("[0].sdk", equalTo("openai"))
                .body("[0].apiTypes", contains("chat_completions", "responses"))
                .body("[0].defaultApiType", equalTo("chat_completions"))
                .body("[0].credentials[0].name", equalTo("OPENAI_API_KEY"))
                .body("[0].credentials[0].required", equalTo(true))
                .body("[0].credentials[0].sources", empty())
                .body("[0].credentialsSet", equalTo(false))
                .body("[0].baseUrlVariable", equalTo("OPENAI_BASE_URL"))
                .body("[0].models", hasItems("gpt-5", "gpt-4.1", "gpt-4o-mini", "o4-mini"));
    }

    @Test
    void eachProviderSaysWhichParametersAndConnectionOverridesTakeEffect() {
        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'OPENAI' }.parameters",
                        contains("temperature", "maxTokens", "topP", "stop", "seed", "reasoningEffort",
                                "frequencyPenalty", "presencePenalty"))
                .body("find { it.key == 'OPENAI' }.connection", contains("baseUrl"))
                .body("find { it.key == 'ANTHROPIC' }.parameters",
                        contains("temperature", "maxTokens", "topP", "stop", "reasoningEffort"))
                .body("find { it.key == 'GOOGLE' }.parameters", hasItems("seed", "reasoningEffort", "frequencyPenalty", "presencePenalty"))
                .body("find { it.key == 'AWS' }.parameters", contains("temperature", "maxTokens", "topP", "stop"))
                .body("find { it.key == 'AWS' }.connection", contains("baseUrl", "region"))
                .body("find { it.key == 'AZURE_OPENAI' }.connection", contains("azureEndpoint"))
                .body("find { it.key == 'OLLAMA' }.connection", contains("baseUrl"))
                .body("find { it.key == 'OPENAI' }.parametersByApiType.responses",
                        contains("temperature", "maxTokens", "topP", "reasoningEffort"))
                .body("find { it.key == 'OPENAI' }.parametersByApiType.chat_completions", hasItems("seed", "stop"))
                .body("find { it.key == 'ANTHROPIC' }.parametersByApiType.keySet()", contains("chat_completions"))
                .body("find { it.key == 'OPENAI' }.maxTemperature", equalTo(2.0f))
                .body("find { it.key == 'ANTHROPIC' }.maxTemperature", equalTo(1.0f));
    }

    @Test
    void environmentKeyIsShownAsASourceWithoutItsValue() {
        environment.set("OPENAI_API_KEY", "sk-env-value-1234");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'OPENAI' }.credentials[0].sources", contains("environment"))
                .body("find { it.key == 'OPENAI' }.credentialsSet", equalTo(true))
                .body(not(containsString("sk-env-value")));
    }

    @Test
    void googleApiKeyCountsForGemini() {
        environment.set("GOOGLE_API_KEY", "g");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'GOOGLE' }.sdk", equalTo("google_genai"))
                .body("find { it.key == 'GOOGLE' }.credentials[0].name", equalTo("GEMINI_API_KEY"))
                .body("find { it.key == 'GOOGLE' }.credentials[0].alternatives", contains("GOOGLE_API_KEY"))
                .body("find { it.key == 'GOOGLE' }.credentials[0].sources", contains("environment"))
                .body("find { it.key == 'GOOGLE' }.credentialsSet", equalTo(true));
    }

    @Test
    void azureKeyIsOptionalAndAmbientWithWorkloadIdentity() {
        environment.set("AZURE_CLIENT_ID", "c").set("AZURE_TENANT_ID", "t")
                .set("AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/azure/tokens/azure-identity-token");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AZURE_OPENAI' }.credentials.find { it.name == 'AZURE_OPENAI_API_KEY' }.required",
                        equalTo(false))
                .body("find { it.key == 'AZURE_OPENAI' }.credentials.find { it.name == 'AZURE_OPENAI_API_KEY' }.sources",
                        contains("ambient"))
                .body("find { it.key == 'AZURE_OPENAI' }.credentialsSet", equalTo(false));

        environment.set("AZURE_OPENAI_ENDPOINT", "https://contoso.openai.azure.com");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AZURE_OPENAI' }.credentialsSet", equalTo(true));
    }

    @Test
    void azureKeyIsRequiredWithoutEntraId() {
        environment.set("AZURE_OPENAI_ENDPOINT", "https://contoso.openai.azure.com");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AZURE_OPENAI' }.credentials.find { it.name == 'AZURE_OPENAI_API_KEY' }.required",
                        equalTo(true))
                .body("find { it.key == 'AZURE_OPENAI' }.credentialsSet", equalTo(false));
    }

    @Test
    void awsProfileCountsAsAnAmbientIdentity() {
        environment.set("AWS_PROFILE", "bedrock");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AWS' }.sdk", equalTo("aws_bedrock"))
                .body("find { it.key == 'AWS' }.credentials.find { it.name == 'AWS_ACCESS_KEY_ID' }.sources",
                        contains("ambient"))
                .body("find { it.key == 'AWS' }.credentialsSet", equalTo(true));
    }

    @Test
    void loneAwsAccessKeyIdDoesNotMakeBedrockUsable() {
        environment.set("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AWS' }.credentials.find { it.name == 'AWS_ACCESS_KEY_ID' }.sources",
                        contains("environment"))
                .body("find { it.key == 'AWS' }.credentialsSet", equalTo(false));
    }

    @Test
    void awsBearerTokenMakesBedrockUsable() {
        environment.set("AWS_BEARER_TOKEN_BEDROCK", "bedrock-key");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'AWS' }.credentialsSet", equalTo(true));
    }

    @Test
    void ollamaIsUsableOnceTheServerKnowsItsBaseUrl() {
        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'OLLAMA' }.credentials[0].name", equalTo("OLLAMA_BASE_URL"))
                .body("find { it.key == 'OLLAMA' }.credentials[0].kind", equalTo("endpoint"))
                .body("find { it.key == 'OLLAMA' }.credentialsSet", equalTo(false));

        environment.set("OLLAMA_BASE_URL", "http://localhost:11434/v1");

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'OLLAMA' }.credentialsSet", equalTo(true));
    }

    @Test
    void modelsOfAProviderAcceptTheKeyInAnyCase() {
        given().get(PROVIDERS + "/anthropic/models")
                .then().statusCode(200)
                .contentType("application/json")
                .body("provider", equalTo("ANTHROPIC"))
                .body("models", hasItems("claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"));
    }

    @Test
    void modelsOfAnUnknownProviderIsAProblem() {
        given().get(PROVIDERS + "/NOPE/models")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:not-found"))
                .body("detail", containsString("NOPE"));
    }
}
