package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemType;
import io.vertx.core.http.HttpClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpstreamStatusTest {

    private static final String KEY = "sk-proj-abcdefghijklmnop";

    @ParameterizedTest(name = "upstream {0} -> {1} {2}")
    @CsvSource({
            "400, upstream-rejected, 400",
            "413, upstream-rejected, 400",
            "422, upstream-rejected, 400",
            "401, upstream-authentication, 502",
            "403, upstream-authentication, 502",
            "404, model-not-found, 404",
            "408, upstream-timeout, 504",
            "504, upstream-timeout, 504",
            "429, upstream-rate-limited, 429",
            "503, upstream-unavailable, 503",
            "529, upstream-unavailable, 503",
            "500, upstream-error, 502",
            "502, upstream-error, 502",
            "402, upstream-error, 502",
            "409, upstream-error, 502",
            "302, upstream-error, 502",
    })
    void mapsEveryUpstreamStatusThroughOneTable(int upstream, String slug, int status) {
        UpstreamException e = UpstreamStatus.fromStatus("openai", upstream, null, "boom", Scrubber.none());

        ProblemDetail problem = e.problem("/api/v1/invocations");

        assertEquals("urn:switchboard:problem:" + slug, problem.type());
        assertEquals(status, problem.status());
        assertEquals(upstream, problem.upstreamStatus());
        assertEquals("openai", problem.provider());
        assertEquals("/api/v1/invocations", problem.instance());
    }

    @Test
    void rateLimitKeepsRetryAfter() {
        UpstreamException e = UpstreamStatus.fromStatus("anthropic", 429, "17", "slow down", Scrubber.none());

        assertEquals(17L, e.problem(null).retryAfter());
    }

    @Test
    void retryAfterIsReadAsSecondsFractionsOrHttpDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

        assertEquals(3L, UpstreamStatus.retryAfterSeconds("2.5", clock));
        assertEquals(90L, UpstreamStatus.retryAfterSeconds("Wed, 01 Jan 2025 00:01:30 GMT", clock));
        assertEquals(0L, UpstreamStatus.retryAfterSeconds("Tue, 31 Dec 2024 23:00:00 GMT", clock));
        assertNull(UpstreamStatus.retryAfterSeconds("soon", clock));
        assertNull(UpstreamStatus.retryAfterSeconds(null, clock));
    }

    @Test
    void retryAfterIsDroppedWhereItMeansNothing() {
        UpstreamException e = UpstreamStatus.fromStatus("openai", 400, "5", "bad", Scrubber.none());

        assertNull(e.retryAfter());
    }

    @Test
    void providerMessageIsIncludedWithTheCredentialScrubbed() {
        String body = """
                {"error": {"message": "Incorrect API key provided: %s. You can find your API key at https://platform.openai.com.",
                 "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""".formatted(KEY);

        UpstreamException e = UpstreamStatus.fromReply("openai", 401, null, body, new Scrubber(List.of(KEY)));

        assertEquals(ProblemType.UPSTREAM_AUTHENTICATION, e.type());
        assertTrue(e.detail().startsWith("The upstream openai answered HTTP 401: Incorrect API key provided: [redacted]."),
                e.detail());
        assertTrue(e.detail().endsWith("(invalid_api_key)"), e.detail());
        assertFalse(e.detail().contains("abcdefghijklmnop"));
    }

    @Test
    void googlesInvalidKeyAnswered400IsAnAuthenticationFailure() {
        String body = """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                 "status": "INVALID_ARGUMENT", "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                 "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]}}""";

        UpstreamException e = UpstreamStatus.fromReply("Google Gemini", 400, null, body, Scrubber.none());

        assertEquals(ProblemType.UPSTREAM_AUTHENTICATION, e.type());
        assertEquals(400, e.upstreamStatus());
        assertTrue(e.detail().contains("API key not valid"), e.detail());
    }

    @Test
    void otherGoogle400sStayRejectedRequests() {
        String body = """
                {"error": {"code": 400, "message": "Invalid JSON payload received.", "status": "INVALID_ARGUMENT"}}""";

        assertEquals(ProblemType.UPSTREAM_REJECTED,
                UpstreamStatus.fromReply("Google Gemini", 400, null, body, Scrubber.none()).type());
    }

    @Test
    void scrubsBeforeCuttingSoThatNoHalfSecretSurvives() {
        String secret = "s".repeat(40);
        String message = "x".repeat(UpstreamStatus.MAX_MESSAGE_LENGTH - 20) + secret;

        UpstreamException e = UpstreamStatus.fromStatus("p", 500, null, message, new Scrubber(List.of(secret)));

        assertFalse(e.detail().contains("ssss"), e.detail());
    }

    @Test
    void longMessagesAreCut() {
        UpstreamException e = UpstreamStatus.fromStatus("p", 500, null, "y".repeat(5000), Scrubber.none());

        assertTrue(e.detail().length() < UpstreamStatus.MAX_MESSAGE_LENGTH + 100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}|Overloaded (overloaded_error)",
            "[{\"error\":{\"code\":429,\"message\":\"Resource exhausted\",\"status\":\"RESOURCE_EXHAUSTED\"}}]|Resource exhausted (429)",
            "{\"error\":\"model 'llama9' not found\"}|model 'llama9' not found",
            "{\"message\":\"The security token included in the request is invalid.\"}|The security token included in the request is invalid.",
            "{\"Message\":\"User is not authorized\"}|User is not authorized",
            "upstream connect error or disconnect/reset before headers|upstream connect error or disconnect/reset before headers",
    })
    void readsTheMessageOfEachProvidersErrorBody(String body, String message) {
        assertEquals(message, UpstreamStatus.providerMessage(body));
    }

    @Test
    void leavesOutHtmlAndEmptyBodies() {
        assertNull(UpstreamStatus.providerMessage("<html><body>502 Bad Gateway</body></html>"));
        assertNull(UpstreamStatus.providerMessage(""));
        assertEquals("The upstream p answered HTTP 502.",
                UpstreamStatus.fromReply("p", 502, null, "<html/>", Scrubber.none()).detail());
    }

    @Test
    void timeoutsAre504() {
        UpstreamException idle = UpstreamStatus.timeout("openai", "sent no data", Duration.ofSeconds(60));
        UpstreamException overall = UpstreamStatus.timeout("openai", "did not finish", Duration.ofMinutes(10));

        assertEquals(504, idle.problem(null).status());
        assertEquals("The upstream openai sent no data within 1 min.", idle.detail());
        assertEquals("The upstream openai did not finish within 10 min.", overall.detail());
    }

    @Test
    void transportFailuresNeverQuoteTheExceptionMessage() {
        UpstreamException refused = UpstreamStatus.fromTransport("ollama",
                new ConnectException("Connection refused: localhost/127.0.0.1:11434?key=" + KEY));
        UpstreamException timedOut = UpstreamStatus.fromTransport("gemini", new TimeoutException("?key=" + KEY));
        UpstreamException closed = UpstreamStatus.fromTransport("xai", new HttpClosedException("closed"));

        assertEquals("The upstream ollama could not be reached: connection refused.", refused.detail());
        assertEquals(ProblemType.UPSTREAM_ERROR, refused.type());
        assertEquals(ProblemType.UPSTREAM_TIMEOUT, timedOut.type());
        assertEquals(ProblemType.UPSTREAM_ERROR, closed.type());
        assertFalse(timedOut.detail().contains(KEY));
    }

    @Test
    void transportKeepsAnAlreadyClassifiedFailureAndNamesItsProvider() {
        UpstreamException parsed = UpstreamStatus.fromTransport("openai", StreamErrors.malformed("too big"));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, parsed.type());
        assertEquals("openai", parsed.provider());
    }
}
