package dev.switchboard.customprovider.api;

import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * GET /api/v1/custom-providers/{id}/models: the suggested models of the built-in provider that speaks
 * the custom provider's sdk, the same list as GET /api/v1/providers/{KEY}/models; 404 for an unknown id.
 */
@QuarkusTest
class CustomProviderModelsTest {

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @ParameterizedTest(name = "{0} lists the models of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            openai       | OPENAI       | "baseUrl": "https://llm-proxy.example.com/v1"
            azure_openai | AZURE_OPENAI | "azureEndpoint": "https://team.openai.azure.com"
            anthropic    | ANTHROPIC    | "baseUrl": "https://anthropic-proxy.example.com"
            google_genai | GOOGLE       | "baseUrl": "https://gemini-proxy.example.com"
            aws_bedrock  | AWS          | "region": "eu-west-1"
            """)
    void mirrorsTheBuiltInListOfItsSdk(String sdk, String builtIn, String routing) {
        Saved provider = providers.create(sdk, """
                {"auth": {"type": "api_key", "apiKey": "team-key-0123456789"}, %s}""".formatted(routing));
        List<String> expected = given().get("/api/v1/providers/" + builtIn + "/models")
                .then().statusCode(200).extract().jsonPath().getList("models", String.class);

        List<String> models = given().get(CustomProviderCalls.PATH + "/" + provider.id() + "/models")
                .then().statusCode(200)
                .body("customProviderId", equalTo(provider.id()))
                .extract().jsonPath().getList("models", String.class);

        assertFalse(expected.isEmpty());
        assertEquals(expected, models);
    }

    @Test
    void anUnknownProviderIsNotFound() {
        given().get(CustomProviderCalls.PATH + "/" + UUID.randomUUID() + "/models")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"));
    }
}
