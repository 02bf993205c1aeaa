package dev.switchboard.listing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** SWITCHBOARD_ALLOWED_PROVIDERS hides the other providers from the catalogue. */
@QuarkusTest
@TestProfile(AllowedProvidersResourceTest.OnlyTwo.class)
class AllowedProvidersResourceTest {

    public static class OnlyTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.providers.allowed", "anthropic, OpenAI");
        }
    }

    @Test
    void listsOnlyTheAllowedProvidersInCatalogueOrder() {
        given().get("/api/v1/providers")
                .then().statusCode(200)
                .body("key", contains("OPENAI", "ANTHROPIC"));
    }

    @Test
    void hiddenProviderIsNotFound() {
        given().get("/api/v1/providers/XAI/models")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:not-found"));
    }

    @Test
    void allowedProviderStillHasItsModels() {
        given().get("/api/v1/providers/OPENAI/models")
                .then().statusCode(200)
                .body("provider", equalTo("OPENAI"));
    }
}
