package dev.switchboard.secret;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class SecretResourceTest {

    private static final String SECRETS = "/api/v1/secrets";
    private static final String LONG_VALUE = "sk-proj-RESOURCE-TEST-0123456789-wxyz";

    @Test
    void storesAValueAndListsItWithoutTheValue() {
        String body = given().contentType(ContentType.JSON).body("{\"value\": \"  " + LONG_VALUE + "\\n\"}")
                .put(SECRETS + "/RES_OPENAI_API_KEY")
                .then().statusCode(200)
                .body("key", equalTo("RES_OPENAI_API_KEY"))
                .body("status", equalTo("ok"))
                .body("hint", equalTo("wxyz"))
                .body("updatedAt", notNullValue())
                .extract().asString();
        assertNoValueIn(body);

        String listing = given().get(SECRETS)
                .then().statusCode(200)
                .body("find { it.key == 'RES_OPENAI_API_KEY' }.status", equalTo("ok"))
                .body("find { it.key == 'RES_OPENAI_API_KEY' }.hint", equalTo("wxyz"))
                .body("find { it.key == 'RES_OPENAI_API_KEY' }.updatedAt", notNullValue())
                .body("find { it.key == 'RES_OPENAI_API_KEY' }.keySet()", contains("key", "status", "hint", "updatedAt"))
                .extract().asString();
        assertNoValueIn(listing);
    }

    @Test
    void shortValuesGetNoHint() {
        given().contentType(ContentType.JSON).body("{\"value\": \"short-19-characters\"}")
                .put(SECRETS + "/RES_SHORT")
                .then().statusCode(200)
                .body("hint", nullValue());
    }

    @Test
    void replacingKeepsOneRowAndTheNewValue() {
        put("RES_REPLACED", "first-value-0000000000001");
        put("RES_REPLACED", "second-value-000000000002");

        given().get(SECRETS).then().statusCode(200)
                .body("findAll { it.key == 'RES_REPLACED' }", hasSize(1))
                .body("find { it.key == 'RES_REPLACED' }.hint", equalTo("0002"));
    }

    @Test
    void emptyValueIsAValidationProblem() {
        given().contentType(ContentType.JSON).body("{\"value\": \"   \"}").put(SECRETS + "/RES_EMPTY")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("errors.field", contains("value"));
        given().contentType(ContentType.JSON).body("{}").put(SECRETS + "/RES_EMPTY")
                .then().statusCode(422)
                .body("errors.field", contains("value"));

        given().get(SECRETS).then().body("key", not(hasItem("RES_EMPTY")));
    }

    @Test
    void badKeyNameIsAValidationProblemThatNamesTheRule() {
        for (String bad : new String[] {"1STARTS_WITH_DIGIT", "has-dash", "dotted.name", "x".repeat(129)}) {
            given().contentType(ContentType.JSON).body("{\"value\": \"v\"}").put(SECRETS + "/" + bad)
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:switchboard:problem:validation"))
                    .body("errors[0].field", equalTo("key"))
                    .body("errors[0].message", allOf(containsString("[A-Za-z_][A-Za-z0-9_]*"), containsString("128")));
        }
        given().contentType(ContentType.JSON).body("{\"value\": \"v\"}").put(SECRETS + "/_" + "x".repeat(127))
                .then().statusCode(200);
    }

    @Test
    void malformedBodyIsAProblemThatDoesNotEchoTheValue() {
        given().contentType(ContentType.JSON).body("{\"value\": sk-unquoted-secret-value}").put(SECRETS + "/RES_BAD_JSON")
                .then().statusCode(400)
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body(not(containsString("unquoted-secret")));
    }

    @Test
    void deleteRemovesTheSecretAndThenSaysNotFound() {
        put("RES_DELETED", "to-be-deleted");

        given().delete(SECRETS + "/RES_DELETED").then().statusCode(204);

        given().get(SECRETS).then().body("key", not(hasItem("RES_DELETED")));
        given().delete(SECRETS + "/RES_DELETED")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:not-found"))
                .body("detail", containsString("RES_DELETED"));
    }

    @Test
    void deletingWithABadKeyNameIsAValidationProblem() {
        given().delete(SECRETS + "/bad-name").then().statusCode(422)
                .body("errors[0].field", equalTo("key"));
    }

    @Test
    void batchStoresAndDeletesInOneGo() throws SQLException {
        put("RES_BATCH_GONE", "will-be-deleted");

        String body = given().contentType(ContentType.JSON).body("""
                        {"secrets": [
                          {"key": "RES_BATCH_A", "value": " batch-value-a-0000000000 "},
                          {"key": "RES_BATCH_GONE", "value": null},
                          {"key": "RES_BATCH_NEVER_EXISTED", "value": null},
                          {"key": "RES_BATCH_B", "value": "batch-value-b"}
                        ]}""")
                .put(SECRETS)
                .then().statusCode(200)
                .body("upserted", contains("RES_BATCH_A", "RES_BATCH_B"))
                .body("deleted", contains("RES_BATCH_GONE"))
                .extract().asString();

        assertNoValueIn(body);
        given().get(SECRETS).then()
                .body("key", allOf(hasItem("RES_BATCH_A"), hasItem("RES_BATCH_B"), not(hasItem("RES_BATCH_GONE"))))
                .body("find { it.key == 'RES_BATCH_A' }.hint", equalTo("0000"));
        assertEquals("RES_BATCH_B", SecretRows.one("RES_BATCH_B").key());
    }

    @Test
    void malformedBatchChangesNothing() throws SQLException {
        put("RES_BATCH_KEEP", "kept-value");

        given().contentType(ContentType.JSON).body("""
                        {"secrets": [
                          {"key": "RES_BATCH_NEW", "value": "new"},
                          {"key": "RES_BATCH_KEEP", "value": null},
                          {"key": "bad-name", "value": "x"},
                          {"key": "RES_BATCH_BLANK", "value": "  "}
                        ]}""")
                .put(SECRETS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("errors.field", contains("secrets[2].key", "secrets[3].value"));

        assertNull(SecretRows.one("RES_BATCH_NEW"));
        assertEquals("RES_BATCH_KEEP", SecretRows.one("RES_BATCH_KEEP").key());
    }

    @Test
    void batchWithARepeatedKeyChangesNothing() throws SQLException {
        given().contentType(ContentType.JSON).body("""
                        {"secrets": [{"key": "RES_TWICE", "value": "a"}, {"key": "RES_TWICE", "value": null}]}""")
                .put(SECRETS)
                .then().statusCode(422)
                .body("type", equalTo("urn:switchboard:problem:validation"))
                .body("detail", containsString("RES_TWICE"));

        assertNull(SecretRows.one("RES_TWICE"));
    }

    @Test
    void batchThatIsNotABatchIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"secrets\": \"OPENAI_API_KEY=sk-x\"}").put(SECRETS)
                .then().statusCode(400)
                .body("type", equalTo("urn:switchboard:problem:malformed-json"))
                .body("detail", containsString("secrets"));
        given().contentType(ContentType.JSON).body("{}").put(SECRETS)
                .then().statusCode(422)
                .body("errors.field", contains("secrets"));
        given().contentType(ContentType.JSON).body("{\"secrets\": [null]}").put(SECRETS)
                .then().statusCode(422)
                .body("errors.field", contains("secrets[0]"));
    }

    @Test
    void unreadableRowIsListedCanBeOverwrittenAndDeleted() throws SQLException {
        byte[] foreign = new byte[60];
        new SecureRandom().nextBytes(foreign);
        foreign[0] = 1;
        String keyId = HexFormat.of().formatHex(foreign, 1, 9);
        SecretRows.insert("RES_FOREIGN_A", foreign, keyId);
        SecretRows.insert("RES_FOREIGN_B", foreign, keyId);

        given().get(SECRETS).then().statusCode(200)
                .body("find { it.key == 'RES_FOREIGN_A' }.status", equalTo("unreadable"))
                .body("find { it.key == 'RES_FOREIGN_A' }.hint", nullValue());

        given().contentType(ContentType.JSON).body("{\"value\": \"fresh-value\"}").put(SECRETS + "/RES_FOREIGN_A")
                .then().statusCode(200).body("status", equalTo("ok"));
        given().delete(SECRETS + "/RES_FOREIGN_B").then().statusCode(204);

        given().get(SECRETS).then()
                .body("find { it.key == 'RES_FOREIGN_A' }.status", equalTo("ok"))
                .body("key", not(hasItem("RES_FOREIGN_B")));
    }

    @Test
    void wrongMethodOnRotateIsAProblem() {
        given().get(SECRETS + "/rotate").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("POST"));
    }

    private static void put(String key, String value) {
        given().contentType(ContentType.JSON).body("{\"value\": \"" + value + "\"}").put(SECRETS + "/" + key)
                .then().statusCode(200);
    }

    private static void assertNoValueIn(String body) {
        org.hamcrest.MatcherAssert.assertThat(body, allOf(not(containsString("RESOURCE-TEST")),
                not(containsString("batch-value"))));
    }
}
