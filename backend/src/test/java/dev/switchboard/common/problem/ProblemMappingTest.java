package dev.switchboard.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ProblemMappingTest {

    private static final String ORDERS = "/api/v1/test-probe/orders";

    @Test
    void unknownApiRouteIsProblemNotFound() {
        given().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/api/v1/nope"))
                .body("instance", equalTo("/api/v1/nope"));
    }

    @Test
    void unknownRouteOutsideTheVersionedApiIsProblemNotFound() {
        given().post("/api/v2/things")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v2/things"));
    }

    @Test
    void wrongMethodIsProblem405WithAllowHeader() {
        given().delete(ORDERS)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("POST"))
                .body("type", equalTo("urn:switchboard:problem:method-not-allowed"))
                .body("status", equalTo(405))
                .body("detail", containsString("POST"));
    }

    @Test
    void wrongContentTypeIsProblem415() {
        given().contentType(ContentType.TEXT).body("hello").post(ORDERS)
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:unsupported-media-type"))
                .body("detail", allOf(containsString("text/plain"), containsString("application/json")));
    }

    @Test
    void malformedJsonSaysWhere() {
        given().contentType(ContentType.JSON).body("{\"customer\": \"a\",\n \"items\": [ }").post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("detail", containsString("line 2, column"));
    }

    @Test
    void malformedJsonDoesNotEchoTheInput() {
        given().contentType(ContentType.JSON).body("{\"customer\": sk-secretvalue123}").post(ORDERS)
                .then().statusCode(400)
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("detail", not(containsString("secretvalue")));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"customer\": \"a\", \"items\": [{\"name\": \"x\", \"count\": \"many\"}]}").post(ORDERS)
                .then().statusCode(400)
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("detail", allOf(containsString("items[0].count"), containsString("an integer")));
    }

    @Test
    void validationFailureListsEveryInvalidField() {
        given().contentType(ContentType.JSON)
                .body("{\"customer\": \" \", \"items\": [{\"name\": \"ok\", \"count\": 1}, {\"name\": \"\", \"count\": 11}]}")
                .post(ORDERS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "customer", "items[1].name", "items[1].count"))
                .body("detail", containsString("items[1].count"));
    }

    @Test
    void missingBodyIsValidationProblem() {
        given().contentType(ContentType.JSON).post(ORDERS)
                .then().statusCode(422)
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("errors", hasSize(1));
    }

    @Test
    void validRequestPassesThrough() {
        given().contentType(ContentType.JSON)
                .body("{\"customer\": \"c\", \"items\": [{\"name\": \"ok\", \"count\": 1}]}").post(ORDERS)
                .then().statusCode(200)
                .body("customer", equalTo("c"));
    }

    @Test
    void featureProblemKeepsItsTypeAndDetail() {
        given().get("/api/v1/test-probe/gone")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No order named 'x'."))
                .body("instance", equalTo("/api/v1/test-probe/gone"));
    }

    @Test
    void unexpectedExceptionIs500WithErrorIdAndNoInternals() {
        given().get("/api/v1/test-probe/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:internal"))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", allOf(notNullValue(), not(containsString("IllegalStateException")),
                        not(containsString("dev.switchboard")), not(containsString("sk-should-not-leak"))))
                .body(not(containsString("at dev.switchboard")));
    }

    @Test
    void upstreamRateLimitIs429WithRetryAfterHeaderAndUpstreamMembers() {
        given().get("/api/v1/test-probe/rate-limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "12")
                .body("type", equalTo("urn:switchboard:problem:upstream-rate-limited"))
                .body("provider", equalTo("openai"))
                .body("upstreamStatus", equalTo(429))
                .body("retryAfter", equalTo(12))
                .body("instance", equalTo("/api/v1/test-probe/rate-limited"))
                .body("detail", allOf(containsString("Rate limit reached"), not(containsString("abcdefghijkl"))));
    }

    @Test
    void forbiddenCustomHeaderIs422NamingTheHeaderNotItsValue() {
        given().get("/api/v1/test-probe/bad-headers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("errors[0].field", equalTo("headers.Authorization"))
                .body(not(containsString("sk-user")));
    }

    @Test
    void ordinaryProblemsHaveNoUpstreamMembers() {
        given().get("/api/v1/test-probe/gone")
                .then().statusCode(404)
                .body("$", not(org.hamcrest.Matchers.hasKey("provider")))
                .body("$", not(org.hamcrest.Matchers.hasKey("retryAfter")))
                .header("Retry-After", org.hamcrest.Matchers.nullValue());
    }
}
