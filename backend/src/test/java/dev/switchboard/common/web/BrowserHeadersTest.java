package dev.switchboard.common.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security headers on responses other than the SPA's (those are in {@link SpaRoutingTest}). */
@QuarkusTest
class BrowserHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/providers", "/api/v1/nothing-here", "/q/health/live", "/q/openapi"})
    void everyResponseCarriesTheStrictPolicy(String path) {
        given().get(path)
                .then()
                .header("Content-Security-Policy", BrowserHeaders.POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void thePolicyAllowsNoInlineScriptFramingOrForeignConnections() {
        String policy = BrowserHeaders.POLICY;

        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertFalse(policy.matches(".*script-src[^;]*unsafe.*"), policy);
    }

    @Test
    void swaggerUiAloneMayRunItsInlineScript() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", BrowserHeaders.SWAGGER_UI_POLICY)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void onlyHashedAssetsStayImmutable() {
        assertEquals(BrowserHeaders.HASHED_ASSET, BrowserHeaders.cacheControl("/assets/index-3f2a.js", 200, null));
        assertEquals("no-cache", BrowserHeaders.cacheControl("/", 200, "public, immutable, max-age=86400"));
        assertEquals("no-cache", BrowserHeaders.cacheControl("/favicon.svg", 200, "public, immutable, max-age=86400"));
        assertEquals("no-store", BrowserHeaders.cacheControl("/api/v1/secrets", 200, "no-store"));
        assertNull(BrowserHeaders.cacheControl("/assets/missing.css", 404, null));
    }
}
