package dev.switchboard.customprovider.api;

import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockProvider;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SigV4Authorization;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.testSaved;
import static dev.switchboard.testing.CustomProviderCalls.testUnsaved;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.AWS;
import static dev.switchboard.testing.MockProvider.AZURE_OPENAI;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/custom-providers/test (a configuration before saving) and /{id}/test (a saved one): one
 * cheap real call with the provider's own address and credentials (the model list; for Bedrock a
 * ConverseStream of a made-up model, whose "invalid model" answer proves the keys). A refusal, an
 * unreachable host or a silent one is a 200 with {@code ok: false}, the upstream status where there is
 * one, and the provider's message without the key; only an invalid configuration is an error (422).
 * The server's own keys (all in the environment here) are never sent.
 */
@QuarkusTest
@WithMockUpstream(pointAt = {OPENAI, ANTHROPIC, GOOGLE, AZURE_OPENAI, AWS})
class CustomProviderConnectionTest {

    static final String KEY = "sk-team-connection-0123456789abcdef";
    /** Where Bedrock's connection test goes: ConverseStream of a model that does not exist. */
    static final String PROBE = "/model/switchboard-connection-test/converse-stream";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    /** An api_key config with {@link #KEY}, the routing members (nulls left out) and a header of its own. */
    private static String apiKeyConfig(String... routing) {
        return config(apiKey(KEY), Stream.concat(Stream.of(routing).filter(Objects::nonNull),
                Stream.of("\"headers\": {\"X-Team\": \"a\"}")).toArray(String[]::new));
    }

    /** The only request the mock saw, checked not to carry any of the server environment's keys. */
    private static MockUpstream.RecordedRequest onlyRequestWithoutServerKeys() {
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        for (MockProvider provider : MockProvider.values()) {
            assertNoHeaderCarries(request, provider.key());
        }
        return request;
    }

    private static void assertPassed(Response result) {
        result.then().statusCode(200).body("ok", equalTo(true)).body("status", equalTo(200)).body("error", nullValue());
    }

    @ParameterizedTest(name = "{0}, {1}: GET {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            openai       | unsaved | baseUrl       | /team/v1 | -          | /team/v1/models     | -                      | Authorization  | 'Bearer '
            anthropic    | saved   | baseUrl       | /team    | -          | /team/v1/models     | -                      | x-api-key      | ''
            google_genai | saved   | baseUrl       | /team    | -          | /team/v1beta/models | -                      | x-goog-api-key | ''
            azure_openai | unsaved | azureEndpoint | ''       | 2024-10-21 | /openai/models      | api-version=2024-10-21 | api-key        | ''
            azure_openai | saved   | azureEndpoint | ''       | v1         | /openai/v1/models   | -                      | api-key        | ''
            """)
    void aProviderPassesWhenItsModelListAnswersItsKey(String sdk, String when, String routing, String basePath,
                                                      String apiVersion, String modelsPath, String query,
                                                      String authHeader, String authPrefix) {
        String config = apiKeyConfig(member(routing, upstream.url(basePath)),
                apiVersion == null ? null : member("apiVersion", apiVersion));
        upstream.on(modelsPath, MockReply.json(200, "{\"data\": []}"));

        assertPassed(when.equals("saved") ? testSaved(providers.create(sdk, config).id()) : testUnsaved(sdk, config));

        MockUpstream.RecordedRequest request = onlyRequestWithoutServerKeys();
        assertEquals("GET", request.method());
        assertEquals(modelsPath, request.path());
        assertEquals(query, request.query());
        assertEquals(authPrefix + KEY, request.header(authHeader));
        assertEquals("a", request.header("X-Team"));
    }

    @Test
    void aRefusedKeyIsNotOkWithTheStatusAndTheProvidersMessageScrubbed() {
        // A proxy in front of OpenAI that echoes the key it refused.
        upstream.on("/team/v1/models", MockReply.json(401, Fixtures.read("openai/error-401.json")
                .replace("sk-test-wrong-0123456789abcdef", KEY)));

        testUnsaved("openai", apiKeyConfig(member("baseUrl", upstream.url("/team/v1"))))
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", equalTo(401))
                .body("error", containsString("Incorrect API key provided"))
                .body(not(containsString(KEY)));
    }

    @Test
    void aSavedProviderThatIsRefusedIsNotOkEither() {
        Saved provider = providers.create("azure_openai", apiKeyConfig(member("azureEndpoint", upstream.url(""))));
        upstream.on("/openai/models", MockReply.json(401, Fixtures.read("azure/error-401.json")
                .replace("Access denied", "Access denied for " + KEY)));

        testSaved(provider.id())
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", equalTo(401))
                .body("error", containsString("invalid subscription key"))
                .body(not(containsString(KEY)));
        assertEquals("api-version=2025-04-01-preview", upstream.onlyRequest().query());
    }

    /** A Bedrock provider with access keys in us-west-2, at the mock. */
    private Saved bedrock() {
        return bedrock(CustomProviderCalls.uniqueName("aws-bedrock"));
    }

    private Saved bedrock(String name) {
        return providers.create(name, "aws_bedrock", config("""
                {"type": "access_keys", "accessKeyId": "AKIAI44QH8DHBEXAMPLE",
                 "secretAccessKey": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"}""",
                member("region", "us-west-2"), member("endpointUrl", upstream.url(""))));
    }

    @ParameterizedTest(name = "{0} {2}: ok {3}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | bedrock/error-400.json | ValidationException          | true  | ''
            403 | bedrock/error-403.json | UnrecognizedClientException  | false | security token included in the request is invalid
            """)
    void bedrocksAnswerToTheProbeSaysWhetherTheKeysWereAccepted(int status, String body, String errorType, boolean ok,
                                                                String error) {
        Saved provider = bedrock();
        // "The provided model identifier is invalid." comes only after the signature was checked.
        upstream.on(PROBE, MockReply.json(status, Fixtures.read(body))
                .withHeader("x-amzn-ErrorType", errorType + ":http://internal.amazon.com/coral/com.amazon.bedrock/"));

        testSaved(provider.id())
                .then().statusCode(200)
                .body("ok", equalTo(ok))
                .body("status", equalTo(status))
                .body("error", ok ? nullValue() : containsString(error));

        MockUpstream.RecordedRequest request = onlyRequestWithoutServerKeys();
        assertEquals("POST", request.method());
        SigV4Authorization auth = SigV4Authorization.of(request);
        assertEquals("AKIAI44QH8DHBEXAMPLE", auth.accessKeyId());
        assertEquals("us-west-2", auth.region());
    }

    @Test
    void aNotFoundFromAServerThatIsNotBedrockIsNotOkWhateverTheProvidersName() {
        Saved provider = bedrock(CustomProviderCalls.uniqueName("bedrock-models"));
        upstream.on(PROBE, MockReply.text(404, Map.of("Content-Type", "text/plain"), List.of("Not Found"),
                Duration.ZERO, MockReply.Ending.END));

        testSaved(provider.id())
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", equalTo(404));
    }

    @Test
    void aNotFoundThatOnlyQuotesTheProbesPathIsNotOk() {
        Saved provider = bedrock();
        // What a web framework answers for a route it does not have, e.g. an endpointUrl that is not Bedrock.
        upstream.on(PROBE, MockReply.json(404, "{\"message\": \"Cannot POST " + PROBE + "\"}"));

        testSaved(provider.id())
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", equalTo(404))
                .body("error", containsString("Cannot POST"));
    }

    @Test
    void bedrockAnsweringTheProbeIsOk() {
        Saved provider = bedrock();
        upstream.on(PROBE,
                MockReply.eventStream(EventStreamFrames.fixture("text.jsonl")));

        testSaved(provider.id()).then().statusCode(200).body("ok", equalTo(true)).body("status", equalTo(200));
    }

    @Test
    void anUnreachableHostIsNotOkWithoutAStatus() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        testUnsaved("openai", apiKeyConfig(member("baseUrl", "http://127.0.0.1:" + closedPort + "/v1")))
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", nullValue())
                .body("error", notNullValue())
                .body(not(containsString(KEY)));
    }

    @Test
    void anUpstreamThatNeverAnswersIsNotOkWithinTheLimit() throws Exception {
        upstream.on("/silent/v1/models", MockReply.hangAfterHeaders());
        long started = System.nanoTime();

        testUnsaved("openai", apiKeyConfig(member("baseUrl", upstream.url("/silent/v1"))))
                .then().statusCode(200)
                .body("ok", equalTo(false))
                .body("status", nullValue())
                .body("error", containsString("10"));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);
        // The abandoned request is reset, not left open until the upstream idle timeout.
        upstream.onlyRequest().connectionClosed().get(5, TimeUnit.SECONDS);
    }

    @Test
    void anInvalidConfigIsAValidationProblemAndCallsNobody() {
        testUnsaved("openai", "{\"auth\": {\"type\": \"api_key\"}, \"region\": \"us-east-1\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", containsInAnyOrder("config.auth.apiKey", "config.region"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void testingAnUnknownProviderIsNotFound() {
        testSaved(UUID.randomUUID().toString())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"));
        assertEquals(List.of(), upstream.requests());
    }
}
