package dev.switchboard.secret;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The secrets' request bodies are strictly typed: a value of the wrong JSON type is a 400 malformed-json
 * problem naming the field, never turned into a string and stored, and never echoed.
 */
@QuarkusTest
class SecretInputTest {

    private static final String SECRETS = "/api/v1/secrets";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"value\": 98765432101234}          | value | a string",
            "{\"value\": true}                    | value | a string",
            "{\"value\": 12.5}                    | value | a string",
            "{\"value\": [\"sk-a\"]}              | value | a string",
            "{\"value\": {\"k\": \"sk-a\"}}       | value | a string"})
    void aValueThatIsNotAStringIsMalformedAndNothingIsStored(String body, String field, String expected) {
        given().contentType(ContentType.JSON).body(body).put(SECRETS + "/STRICT_SINGLE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString(expected))
                .body(not(containsString("98765432101234")));

        given().get(SECRETS).then().statusCode(200).body("key", not(hasItem("STRICT_SINGLE")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"secrets\": [{\"key\": \"STRICT_A\", \"value\": 98765432101234}]}                     | secrets[0].value | a string",
            "{\"secrets\": [{\"key\": \"STRICT_A\", \"value\": \"ok\"}, {\"key\": \"STRICT_B\", \"value\": false}]} | secrets[1].value | a string",
            "{\"secrets\": [{\"key\": 42, \"value\": \"sk-a\"}]}                                   | secrets[0].key | a string",
            "{\"secrets\": \"STRICT_A\"}                                                          | secrets | an array",
            "{\"secrets\": [\"STRICT_A\"]}                                                        | secrets[0] | an object"})
    void aBatchEntryOfTheWrongTypeIsMalformedAndNothingChanges(String body, String field, String expected) {
        given().contentType(ContentType.JSON).body(body).put(SECRETS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString(expected))
                .body(not(containsString("98765432101234")));

        given().get(SECRETS).then().statusCode(200)
                .body("key", not(hasItem("STRICT_A")))
                .body("key", not(hasItem("STRICT_B")));
    }
}
