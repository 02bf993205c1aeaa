package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.secret.OtherVaults;
import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.CustomProviderCalls.testSaved;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A provider whose secrets were sealed under another server secret (as after a change of
 * {@code SWITCHBOARD_SECRET}): it is listed as unreadable, invoking it is a 422 unreadable-secret that
 * sends nothing upstream, a change that does not enter the secrets again is refused with that advice,
 * one that does repairs it, and it can be deleted.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderUnreadableTest {

    private static final String KEY = "sk-unreadable-0123456789abcdefghij";
    private static final String FOREIGN_SECRET = "a-foreign-vault-key-Rt5Yu8Io2Pa4Sd7Fg1Hj";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    private final Vault foreign = OtherVaults.vault(FOREIGN_SECRET);

    @Test
    void isListedAndShownAsUnreadableWithoutHints() throws SQLException {
        String id = unreadableOpenAi();

        Map<String, Object> listed = CustomProviderCalls.list().jsonPath().getMap("find { it.id == '" + id + "' }");

        assertEquals("unreadable", listed.get("status"));
        assertEquals(Collections.singletonMap("apiKey", null), listed.get("secretsSet"));
        assertEquals(upstream.url("/unreadable/v1"), ((Map<?, ?>) listed.get("config")).get("baseUrl"));
        CustomProviderCalls.get(id).then().statusCode(200).body("status", equalTo("unreadable"));
    }

    @Test
    void invokingItIs422UnreadableSecretAndNothingGoesUpstream() throws SQLException {
        String id = unreadableOpenAi();
        upstream.on("/unreadable/v1/responses", MockReply.sse("openai/responses-text.sse"));

        for (Response response : List.of(stream(invocation(id, "gpt-4o-mini", "")), json(invocation(id, "gpt-4o-mini", "")))) {
            response.then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "unreadable-secret"))
                    .body("detail", containsString("cannot be decrypted"));
        }
        assertEquals(List.of(), upstream.requests());
    }

    @Test
    void connectionTestReportsItWithoutCallingTheProvider() throws SQLException {
        String id = unreadableOpenAi();

        testSaved(id).then().statusCode(200)
                .body("ok", equalTo(false)).body("status", nullValue())
                .body("error", containsString("cannot be decrypted"));
        assertEquals(List.of(), upstream.requests());
    }

    @Test
    void changeThatDoesNotEnterTheSecretsAgainIsRefusedWithThatAdvice() throws SQLException {
        String id = unreadableOpenAi();

        for (String patch : List.of("{\"description\": \"renamed\"}", "{\"config\": {\"auth\": {\"type\": \"api_key\"}, "
                + "\"baseUrl\": \"" + upstream.url("/unreadable/v1") + "\"}}")) {
            CustomProviderCalls.change(id, patch).then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("errors.field", equalTo(List.of("config.auth.apiKey")))
                    .body("errors[0].message", containsString("enter it again"));
        }
        CustomProviderCalls.get(id).then().body("status", equalTo("unreadable")).body("description", equalTo(""));
    }

    @Test
    void changeThatEntersTheSecretsAgainRepairsItForInvocations() throws SQLException {
        String id = unreadableOpenAi();
        String newKey = "sk-unreadable-repaired-0123456789wxyz";

        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "%s"}}"""
                .formatted(newKey, upstream.url("/unreadable/v1")))
                .then().statusCode(200).body("status", equalTo("ok")).body("secretsSet.apiKey", equalTo("wxyz"));

        upstream.on("/unreadable/v1/responses", MockReply.sse("openai/responses-text.sse"));
        SseFrames frames = frames(stream(invocation(id, "gpt-4o-mini", "")));
        assertEquals("Hi there!", frames.text());
        assertEquals("Bearer " + newKey, upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void everyRequiredSecretMustBeEnteredAgainAndTheSessionTokenIsThenDropped() throws SQLException {
        String id = providers.create(uniqueName("unreadable-keys"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "ASIAIOSFODNN7EXAMPLE", "secretAccessKey": "s-1",
                          "sessionToken": "t-1"}, "region": "us-east-1"}""").id();
        CustomProviderRows.reseal(id, foreign, Map.of(SecretField.accessKeyId, "ASIAIOSFODNN7EXAMPLE",
                SecretField.secretAccessKey, "s-1", SecretField.sessionToken, "t-1"));

        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE"}, "region": "us-east-1"}}""")
                .then().statusCode(422).body("errors.field", equalTo(List.of("config.auth.secretAccessKey")));
        CustomProviderCalls.change(id, """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "s-2"},
                            "region": "us-east-1"}}""")
                .then().statusCode(200).body("status", equalTo("ok"))
                .body("secretsSet.keySet()", equalTo(java.util.Set.of("accessKeyId", "secretAccessKey")));
    }

    @Test
    void canBeDeleted() throws SQLException {
        String id = unreadableOpenAi();

        CustomProviderCalls.delete(id).then().statusCode(204);

        CustomProviderCalls.get(id).then().statusCode(404);
        assertEquals(List.of(), CustomProviderRows.secrets(id));
    }

    /** An openai provider pointed at the mock, whose key is sealed under the foreign secret. */
    private String unreadableOpenAi() throws SQLException {
        String id = providers.create(uniqueName("unreadable"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "%s"}"""
                .formatted(KEY, upstream.url("/unreadable/v1"))).id();
        CustomProviderRows.reseal(id, foreign, Map.of(SecretField.apiKey, KEY));
        return id;
    }
}
