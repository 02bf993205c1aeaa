package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SigV4Authorization;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.TestServerEnvironment;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocationWith;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.AWS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/invocations for AWS, against a mock Bedrock runtime at AWS_ENDPOINT_URL_BEDROCK_RUNTIME
 * that plays ConverseStream as binary {@code application/vnd.amazon.eventstream} frames (encoded from
 * the fixtures by {@link EventStreamFrames}), cut into small writes that split the frames.
 */
@QuarkusTest
@WithMockUpstream(pointAt = AWS)
class BedrockInvocationTest {

    static final String MODEL = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
    /** The model id is one percent-encoded path segment. */
    static final String CONVERSE = "/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/converse-stream";
    static final String ACCESS_KEY_ID = AWS.variable("AWS_ACCESS_KEY_ID");
    static final String SECRET = AWS.key();
    static final String REGION = AWS.variable("AWS_REGION");

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    static String invocation(String extra) {
        return invocationWith("AWS", MODEL, "\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}, "
                + "{\"role\": \"user\", \"content\": \"Hi\"}]", extra);
    }

    /** A fixture's frames, cut into 7-byte writes so that preludes, headers and CRCs arrive split. */
    static MockReply fixture(String name) {
        return MockReply.eventStream(EventStreamFrames.fixture(name)).inPiecesOf(7);
    }

    @Test
    void streamsTextUsageAndOneFinishFromFramesSplitAcrossWrites() {
        upstream.on(CONVERSE, fixture("text.jsonl"));

        Response response = stream(invocation(""));

        SseFrames frames = frames(response);
        assertEquals(List.of("start", "text", "text", "usage", "finish"), frames.names());
        assertEquals("Hello, world!", frames.text());
        assertEquals(12, frames.first("usage").data().get("inputTokens").asInt());
        assertEquals(17, frames.first("usage").data().get("totalTokens").asInt());
        assertEquals("stop", frames.last().data().get("reason").asText());
        assertEquals("environment", frames.first("start").data().at("/credentialSources/AWS_ACCESS_KEY_ID").asText());
        assertFalse(response.asString().contains(SECRET));
    }

    @Test
    void staticKeysSignTheRequestWithSigV4() throws Exception {
        upstream.on(CONVERSE, fixture("text.jsonl"));

        frames(stream(invocation("\"headers\": {\"X-Team\": \"a\"}")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(CONVERSE, request.path());
        String amzDate = request.header("x-amz-date");
        assertTrue(amzDate != null && amzDate.matches("\\d{8}T\\d{6}Z"), amzDate);
        SigV4Authorization auth = SigV4Authorization.of(request);
        assertEquals(ACCESS_KEY_ID, auth.accessKeyId());
        assertEquals(amzDate.substring(0, 8), auth.date());
        assertEquals(REGION, auth.region());
        assertTrue(auth.signedHeaders().containsAll(List.of("content-type", "host", "x-amz-date", "x-team")),
                auth.signedHeaders().toString());
        String contentSha = request.header("x-amz-content-sha256");
        if (contentSha != null) { // the SDK signer adds it only where the service asks for it
            assertEquals(sha256Hex(request.body()), contentSha);
        }
        assertNull(request.header("x-amz-security-token"));
        assertEquals(auth.signature(), auth.recomputed(request, upstream.url(request.path()), ACCESS_KEY_ID, SECRET));
        assertEquals("application/vnd.amazon.eventstream", request.header("Accept"));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("Be brief.", body.at("/system/0/text").asText());
        assertEquals("Hi", body.at("/messages/0/content/0/text").asText());
    }

    @Test
    void sessionTokenIsSentAndSigned() {
        environment.set("AWS_SESSION_TOKEN", "FwoGZXIvYXdzEXAMPLESESSIONTOKEN");
        upstream.on(CONVERSE, fixture("text.jsonl"));

        frames(stream(invocation("")));

        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("FwoGZXIvYXdzEXAMPLESESSIONTOKEN", request.header("x-amz-security-token"));
        assertTrue(SigV4Authorization.of(request).signedHeaders().contains("x-amz-security-token"));
    }

    @Test
    void bearerTokenIsSentWithoutASignature() {
        environment.clear();
        environment.set("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", upstream.url(""))
                .set("AWS_BEARER_TOKEN_BEDROCK", "ABSKQmVkcm9ja0FQSUtleS1leGFtcGxl");
        upstream.on(CONVERSE, fixture("text.jsonl"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals("finish", frames.last().event());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("Bearer ABSKQmVkcm9ja0FQSUtleS1leGFtcGxl", request.header("Authorization"));
        assertNull(request.header("x-amz-date"));
        assertEquals("environment",
                frames.first("start").data().at("/credentialSources/AWS_BEARER_TOKEN_BEDROCK").asText());
    }

    @Test
    void globalAwsEndpointUrlIsTheFallbackOverride() {
        environment.clear();
        environment.set("AWS_ENDPOINT_URL", upstream.url("")).set("AWS_BEARER_TOKEN_BEDROCK", "ABSK-token-123456");
        upstream.on(CONVERSE, fixture("text.jsonl"));

        assertEquals("finish", frames(stream(invocation(""))).last().event());
        assertEquals(CONVERSE, upstream.onlyRequest().path());
    }

    @Test
    void toolUseStreamsToolCallsAndFinishesWithToolCalls() {
        upstream.on(CONVERSE, fixture("tool-use.jsonl"));

        SseFrames frames = frames(stream(invocation("\"tools\": [{\"name\": \"get_weather\"}]")));

        assertTrue(frames.names().contains("tool_call"), frames.names().toString());
        assertEquals("tool_calls", frames.last().data().get("reason").asText());
    }

    @Test
    void jsonAcceptAggregatesTheAnswer() {
        upstream.on(CONVERSE, fixture("two-tools.jsonl"));

        json(invocation("\"tools\": [{\"name\": \"get_weather\"}, {\"name\": \"get_time\"}]"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("provider", equalTo("AWS"))
                .body("toolCalls", hasSize(2))
                .body("finishReason", equalTo("tool_calls"))
                .body(not(containsString(SECRET)));
    }

    @Test
    void exceptionFrameMidStreamEndsWithAnErrorEvent() {
        upstream.on(CONVERSE, fixture("throttled.jsonl"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        JsonNode problem = frames.last().data().get("problem");
        assertEquals(PROBLEM + "upstream-rate-limited", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("throttlingException"), problem.toString());
    }

    @Test
    void corruptedMessageChecksumEndsWithAnErrorEventNotAHang() {
        List<byte[]> messages = new ArrayList<>(EventStreamFrames.fixture("text.jsonl"));
        byte[] second = messages.get(2).clone();
        second[second.length - 1] ^= 0x5A; // the message CRC no longer matches
        messages.set(2, second);
        upstream.on(CONVERSE, MockReply.eventStream(messages).inPiecesOf(5).thenHang());

        SseFrames frames = frames(stream(invocation("")));

        assertEquals(List.of("start", "text", "error"), frames.names());
        assertEquals("Hello", frames.text());
        JsonNode problem = frames.last().data().get("problem");
        assertEquals(PROBLEM + "upstream-protocol", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("checksum"), problem.toString());
    }

    @Test
    void streamEndingWithoutMessageStopEndsWithAnErrorEvent() {
        upstream.on(CONVERSE, fixture("truncated.jsonl"));

        SseFrames frames = frames(stream(invocation("")));

        assertEquals("error", frames.last().event());
        assertEquals(PROBLEM + "upstream-protocol", frames.last().data().at("/problem/type").asText());
    }

    @Test
    void upstream403JsonErrorIsUpstreamAuthentication() {
        upstream.on(CONVERSE, MockReply.json(403, Fixtures.read("bedrock/error-403.json"))
                .withHeader("x-amzn-ErrorType", "UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/"));

        stream(invocation(""))
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("upstreamStatus", equalTo(403))
                .body("detail", containsString("security token included in the request is invalid"))
                .body(not(containsString(SECRET)));
    }

    @Test
    void upstream400JsonErrorIsARejectedRequest() {
        upstream.on(CONVERSE, MockReply.json(400, Fixtures.read("bedrock/error-400.json")));

        json(invocation(""))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-rejected"))
                .body("detail", containsString("model identifier is invalid"));
    }

    @Test
    void upstream429KeepsRetryAfter() {
        upstream.on(CONVERSE, MockReply.json(429, Fixtures.read("bedrock/error-429.json")).withHeader("Retry-After", "3"));

        stream(invocation(""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("type", equalTo(PROBLEM + "upstream-rate-limited"));
    }

    @Test
    void customHeadersAreForwardedAndSigned() {
        upstream.on(CONVERSE, fixture("text.jsonl"));

        frames(stream(invocation("\"headers\": {\"X-Team\": \"a\", \"X-Request-Tag\": \"t-1\"}")));

        assertEquals("a", upstream.onlyRequest().header("X-Team"));
        assertEquals("t-1", upstream.onlyRequest().header("X-Request-Tag"));
        assertTrue(upstream.onlyRequest().header("Authorization").contains("x-request-tag;x-team"));
    }

    @Test
    void amzDateHeaderIsRefusedBeforeAnyUpstreamCall() {
        upstream.on(CONVERSE, fixture("text.jsonl"));

        stream(invocation("\"headers\": {\"X-Amz-Date\": \"20150830T123600Z\"}"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("detail", containsString("X-Amz-Date"));
        assertTrue(upstream.requests().isEmpty());
    }

    private static String sha256Hex(String body) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
