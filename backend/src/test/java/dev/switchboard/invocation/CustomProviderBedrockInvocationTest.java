package dev.switchboard.invocation;

import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SigV4Authorization;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.AWS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invocations through a custom provider of sdk {@code aws_bedrock}: ConverseStream at the configured
 * endpointUrl, SigV4-signed with the provider's access keys for its region and service bedrock (the
 * signature recomputed with the provider's secret key, so the server's AWS keys, which the environment
 * holds for another region, cannot have signed it), with its session token when it has one; a bearer
 * token or API key goes as {@code Authorization: Bearer}, unsigned.
 */
@QuarkusTest
@WithMockUpstream(pointAt = AWS)
class CustomProviderBedrockInvocationTest {

    static final String MODEL = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
    static final String BASE_PATH = "/team-bedrock";
    static final String CONVERSE = BASE_PATH + "/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/converse-stream";
    static final String REGION = "us-west-2";
    static final String ACCESS_KEY_ID = "AKIAI44QH8DHBEXAMPLE";
    static final String SECRET_KEY = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    /** A provider in {@link #REGION} at the mock's {@link #BASE_PATH} with {@code auth}, and a header of its own. */
    private Saved provider(String auth) {
        return providers.create("aws_bedrock", config(auth, member("region", REGION),
                member("endpointUrl", upstream.url(BASE_PATH)), "\"headers\": {\"X-Team\": \"from-provider\"}"));
    }

    private static MockReply converseStream() {
        return MockReply.eventStream(EventStreamFrames.fixture("text.jsonl"));
    }

    @Test
    void accessKeysSignForTheConfiguredRegionWithTheProvidersSecretKey() {
        Saved provider = provider("""
                {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s"}""".formatted(ACCESS_KEY_ID, SECRET_KEY));
        upstream.on(CONVERSE, converseStream());

        Response response = stream(invocation(provider.id(), MODEL, "\"headers\": {\"x-team\": \"from-request\"}"));

        SseFrames frames = frames(response);
        assertEquals("Hello, world!", frames.text());
        assertStartsAs(provider, frames.first("start").data(), "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION");
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(CONVERSE, request.path());
        assertNull(request.query());
        SigV4Authorization auth = SigV4Authorization.of(request);
        assertEquals(ACCESS_KEY_ID, auth.accessKeyId());
        assertEquals(REGION, auth.region());
        assertEquals(request.header("x-amz-date").substring(0, 8), auth.date());
        assertTrue(auth.signedHeaders().containsAll(List.of("host", "x-amz-date", "x-team")), auth.signedHeaders().toString());
        assertEquals(auth.signature(), auth.recomputed(request, upstream.url(request.path()), ACCESS_KEY_ID, SECRET_KEY));
        assertNotEquals(auth.signature(), auth.recomputed(request, upstream.url(request.path()), ACCESS_KEY_ID, AWS.key()));
        assertEquals("from-request", request.header("X-Team"));
        assertNull(request.header("x-amz-security-token"));
        assertNoHeaderCarries(request, AWS.variable("AWS_ACCESS_KEY_ID"));
        assertFalse(response.asString().contains(SECRET_KEY));
    }

    @Test
    void aSessionTokenIsSentAndSigned() {
        Saved provider = provider("""
                {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "FwoGZXIvYXdzTEAMSESSION"}"""
                .formatted(ACCESS_KEY_ID, SECRET_KEY));
        upstream.on(CONVERSE, converseStream());

        SseFrames frames = frames(stream(invocation(provider.id(), MODEL, "")));

        assertStartsAs(provider, frames.first("start").data(),
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION");
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("FwoGZXIvYXdzTEAMSESSION", request.header("x-amz-security-token"));
        SigV4Authorization auth = SigV4Authorization.of(request);
        assertEquals(REGION, auth.region());
        assertTrue(auth.signedHeaders().contains("x-amz-security-token"), auth.signedHeaders().toString());
    }

    @Test
    void aBearerTokenIsSentUnsigned() {
        Saved provider = provider("{\"type\": \"bearer_token\", \"token\": \"ABSKVGVhbUJlZHJvY2tLZXk\"}");
        upstream.on(CONVERSE, converseStream());

        SseFrames frames = frames(stream(invocation(provider.id(), MODEL, "")));

        assertStartsAs(provider, frames.first("start").data(), "AWS_BEARER_TOKEN_BEDROCK", "AWS_REGION");
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(CONVERSE, request.path());
        assertEquals("Bearer ABSKVGVhbUJlZHJvY2tLZXk", request.header("Authorization"));
        assertNull(request.header("x-amz-date"));
        assertEquals("from-provider", request.header("X-Team"));
        assertNoHeaderCarries(request, AWS.variable("AWS_ACCESS_KEY_ID"));
    }

    @Test
    void anApiKeyIsSentAsABearerTokenAndJsonModeNamesTheCustomProvider() {
        Saved provider = provider("{\"type\": \"api_key\", \"apiKey\": \"ABSKVGVhbUFwaUtleQ\"}");
        upstream.on(CONVERSE, converseStream());

        json(invocation(provider.id(), MODEL, ""))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo(provider.name()))
                .body("customProviderId", equalTo(provider.id()))
                .body("text", equalTo("Hello, world!"))
                .body("credentialSources.AWS_BEARER_TOKEN_BEDROCK", equalTo("custom_provider"));

        assertEquals("Bearer ABSKVGVhbUFwaUtleQ", upstream.onlyRequest().header("Authorization"));
    }
}
