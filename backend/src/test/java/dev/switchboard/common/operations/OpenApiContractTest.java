package dev.switchboard.common.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract ({@code openapi.yaml} at the repository root) must be what the server
 * publishes. The API is code-first: when it changes on purpose, copy the served document over.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi-served.yaml");

    @Test
    void committedContractEqualsServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Files.writeString(SERVED, served);
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root. "
                + howToRegenerate());

        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(CONTRACT.toFile());
        JsonNode actual = yaml.readTree(served);

        assertEquals(expected, actual, "openapi.yaml differs from what the server serves at /q/openapi. "
                + howToRegenerate());
    }

    private static String howToRegenerate() {
        return "If the API changed on purpose, run: cp backend/" + SERVED + " openapi.yaml (written by this test).";
    }
}
