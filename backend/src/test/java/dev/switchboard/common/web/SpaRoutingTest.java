package dev.switchboard.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/playground", "/settings/providers"})
    void thePageIsRevalidatedOnEveryUseAndCarriesTheSecurityHeaders(String path) {
        given().get(path)
                .then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", BrowserHeaders.POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void contentHashedAssetsAreImmutableForAYear() throws IOException {
        String script = assetOfIndex("script");

        given().get(script)
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theBuiltPageHasNoInlineScript() throws IOException {
        String index = index();

        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "every script is a file the policy allows: " + scripts.group());
        }
    }

    /** The first {@code /assets/} file index.html loads with the given tag. */
    private static String assetOfIndex(String tag) throws IOException {
        Matcher asset = Pattern.compile("<" + tag + "[^>]*(?:src|href)=\"(/assets/[^\"]+)\"").matcher(index());
        assertTrue(asset.find(), "index.html loads a " + tag + " from /assets/");
        return asset.group(1);
    }

    private static String index() throws IOException {
        try (InputStream in = SpaRoutingTest.class.getClassLoader().getResourceAsStream("META-INF/resources/index.html")) {
            assertTrue(in != null, "the SPA is built into META-INF/resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
