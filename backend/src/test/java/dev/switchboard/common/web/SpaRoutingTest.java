package dev.switchboard.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SpaRoutingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/playground", "/settings/providers", "/settings/custom-providers", "/prompts",
            "/prompts/some/deep/link"})
    void clientRoutesServeTheSpa(String path) {
        given().get(path)
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.js", "/assets/missing.css", "/q/nothing-here", "/api/v1/nothing-here"})
    void pathsThatAreNotClientRoutesAreProblemNotFound(String path) {
        given().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground", "/settings/providers"})
    void onlyGetServesTheSpa(String path) {
        given().post(path)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
