package dev.switchboard.customprovider;

import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.LogCapture;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.switchboard.testing.CustomProviderCalls.PATH;
import static dev.switchboard.testing.CustomProviderCalls.input;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secret fields go in and never come out: no response of any custom-provider endpoint (nor of an
 * invocation, a connection test, a refused request or a rotation) carries any part of a secret value,
 * not even when the upstream echoes the key in its error, and nothing logged at DEBUG does either.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderMaskingTest {

    private static final String[] DEBUG = {"dev.switchboard", "org.hibernate", "io.vertx.sqlclient", "io.quarkus.rest"};
    /** Runs this long of a secret must not occur anywhere: more than the four-character hint, less than any secret. */
    private static final int WINDOW = 8;
    private static final String BEDROCK_CONVERSE = "/model/anthropic.claude-3-haiku/converse-stream";
    private static final String BEDROCK_PROBE = "/model/switchboard-connection-test/converse-stream";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    private final List<String> secrets = new ArrayList<>();

    @Test
    void noResponseOfAnyEndpointCarriesAnyPartOfASecret() {
        List<Response> responses = exerciseEveryEndpoint();

        for (Response response : responses) {
            String text = response.getHeaders() + "\n" + response.asString();
            assertNoSecretIn(text);
        }
    }

    @Test
    void nothingLoggedAtDebugCarriesAnyPartOfASecret() {
        try (LogCapture log = new LogCapture(DEBUG)) {
            exerciseEveryEndpoint();

            assertTrue(log.text().contains("Created custom provider mask-openai"), "the capture sees the service's "
                    + "lines:\n" + log.text());
            assertNoSecretIn(log.text());
        }
    }

    /**
     * Creates providers with every secret field, then uses every endpoint on them, successes and refusals;
     * every response, in order.
     */
    private List<Response> exerciseEveryEndpoint() {
        String openAiKey = secret("sk-");
        String accessKeyId = secret("AKIA");
        String secretAccessKey = secret("");
        String sessionToken = secret("IQoJ");
        String clientSecret = secret("cs~");
        String token = secret("ABSK");
        String openAiBase = upstream.url("/mask/v1");
        List<Response> responses = new ArrayList<>();

        Response openAi = providers.post(input(uniqueName("mask-openai"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "%s"}""".formatted(openAiKey, openAiBase)));
        Response bedrock = providers.post(input(uniqueName("mask-bedrock"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"},
                 "region": "eu-west-1", "endpointUrl": "%s"}""".formatted(accessKeyId, secretAccessKey, sessionToken,
                upstream.url(""))));
        Response azure = providers.post(input(uniqueName("mask-azure"), "azure_openai", """
                {"auth": {"type": "azure_ad_client_secret", "tenantId": "t", "clientId": "c", "clientSecret": "%s"},
                 "azureEndpoint": "https://mask.openai.azure.com"}""".formatted(clientSecret)));
        Response bearer = providers.post(input(uniqueName("mask-bearer"), "aws_bedrock", """
                {"auth": {"type": "bearer_token", "token": "%s"}, "region": "eu-west-1", "endpointUrl": "%s"}"""
                .formatted(token, upstream.url(""))));
        responses.addAll(List.of(openAi, bedrock, azure, bearer));
        List<String> ids = List.of(openAi.path("id"), bedrock.path("id"), azure.path("id"), bearer.path("id"));

        responses.add(CustomProviderCalls.list());
        ids.forEach(id -> responses.add(CustomProviderCalls.get(id)));
        responses.add(given().get(PATH + "/" + ids.get(0) + "/models"));
        responses.add(CustomProviderCalls.change(ids.get(0), """
                {"config": {"auth": {"type": "api_key"}, "baseUrl": "%s", "headers": {"X-Team": "a"}}}""".formatted(openAiBase)));
        String newSecretAccessKey = secret("");
        responses.add(CustomProviderCalls.change(ids.get(1), """
                {"config": {"auth": {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s"},
                            "region": "eu-west-1", "endpointUrl": "%s"}}""".formatted(accessKeyId, newSecretAccessKey,
                upstream.url(""))));

        // Connection tests: passing, failing with the key echoed by the provider, and before saving.
        upstream.on("/mask/v1/models", MockReply.json(200, "{\"object\": \"list\", \"data\": []}"));
        responses.add(CustomProviderCalls.testSaved(ids.get(0)));
        upstream.on("/mask/v1/models", MockReply.json(401, echoing(openAiKey)));
        Response echoed = CustomProviderCalls.testSaved(ids.get(0));
        assertTrue(echoed.asString().contains("Incorrect API key provided"), echoed.asString());
        responses.add(echoed);
        upstream.on(BEDROCK_PROBE, MockReply.json(400, Fixtures.read("bedrock/error-400.json")));
        responses.add(CustomProviderCalls.testSaved(ids.get(1)));
        responses.add(CustomProviderCalls.testSaved(ids.get(3)));
        String unsavedKey = secret("sk-");
        responses.add(CustomProviderCalls.testUnsaved("openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "%s"}""".formatted(unsavedKey, openAiBase)));

        // Invocations: streamed and whole, through the openai and the bedrock provider, and one the provider refuses.
        upstream.on("/mask/v1/responses", MockReply.sse("openai/responses-text.sse"));
        responses.add(invoke(ids.get(0), "gpt-4o-mini", "text/event-stream"));
        responses.add(invoke(ids.get(0), "gpt-4o-mini", "application/json"));
        upstream.on(BEDROCK_CONVERSE, MockReply.eventStream(EventStreamFrames.fixture("text.jsonl")));
        responses.add(invoke(ids.get(1), "anthropic.claude-3-haiku", "text/event-stream"));
        upstream.on("/mask/v1/responses", MockReply.json(401, echoing(openAiKey)));
        responses.add(invoke(ids.get(0), "gpt-4o-mini", "application/json"));
        responses.add(invoke(ids.get(0), "gpt-4o-mini", "text/event-stream"));

        // Refusals that had a secret in their body.
        responses.add(providers.post(input(uniqueName("mask-refused"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s", "token": "%s"}, "region": "x"}""".formatted(openAiKey, token))));
        responses.add(providers.post(input(openAi.path("name"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}}""".formatted(openAiKey))));
        responses.add(given().contentType(ContentType.JSON).body("""
                {"name": "mask-malformed", "sdk": "openai", "config": {"auth": {"type": "api_key", "apiKey": %s}}}"""
                .formatted(openAiKey)).post(PATH));
        responses.add(CustomProviderCalls.change(ids.get(0), """
                {"config": {"auth": {"type": "api_key", "apiKey": "%s", "sessionToken": "%s"}}}""".formatted(openAiKey,
                sessionToken)));

        responses.add(given().post("/api/v1/secrets/rotate"));
        // Each call did what it should, so that the scans look at real answers.
        assertEquals(List.of(201, 201, 201, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
                        200, 200, 200, 502, 502, 422, 409, 400, 422, 200),
                responses.stream().map(Response::statusCode).toList());
        assertEquals(List.of(true, false, true, true, false), responses.subList(12, 17).stream()
                .map(response -> response.<Boolean>path("ok")).toList(), "the connection tests' results");
        secrets.addAll(List.of(openAiKey, accessKeyId, secretAccessKey, sessionToken, clientSecret, token,
                newSecretAccessKey, unsavedKey));
        return responses;
    }

    /** A random secret value of 40 characters, remembered for the scans. */
    private static String secret(String prefix) {
        String random = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return (prefix + random).substring(0, 40);
    }

    /** OpenAI's 401 body, which quotes the key it refused. */
    private static String echoing(String key) {
        return Fixtures.read("openai/error-401.json").replace("sk-test-wrong-0123456789abcdef", key);
    }

    private static Response invoke(String customProviderId, String model, String accept) {
        return given().contentType(ContentType.JSON).accept(accept)
                .body(CustomProviderCalls.invocation(customProviderId, model, "")).post(InvocationCalls.PATH);
    }

    private void assertNoSecretIn(String text) {
        for (String secret : secrets) {
            for (int start = 0; start + WINDOW <= secret.length(); start++) {
                String run = secret.substring(start, start + WINDOW);
                assertFalse(text.contains(run), "characters " + start + ".." + (start + WINDOW)
                        + " of a secret are in:\n" + text);
            }
        }
    }
}
