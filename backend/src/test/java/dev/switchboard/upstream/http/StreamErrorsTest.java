package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors inside a 2xx answer go through the same status table and message rule as error replies. */
class StreamErrorsTest {

    private static final String KEY = "sk-ant-abcdefghijklmnop";

    @ParameterizedTest(name = "in-stream error standing for {0} -> {1}")
    @CsvSource({"429, upstream-rate-limited", "529, upstream-unavailable", "503, upstream-unavailable",
            "504, upstream-timeout", "400, upstream-rejected", "500, upstream-error"})
    void anInStreamErrorIsClassifiedByTheStatusItStandsFor(int status, String slug) {
        ProblemDetail problem = StreamErrors.inStream("Anthropic", status, "busy", null, Scrubber.none())
                .problem("/api/v1/invocations");

        assertEquals(ProblemType.PREFIX + slug, problem.type());
        assertEquals("Anthropic", problem.provider());
        assertNull(problem.upstreamStatus(), "the upstream answered 200");
        assertNull(problem.retryAfter());
    }

    @Test
    void anInStreamErrorWithoutAStatusIsAnUpstreamError() {
        UpstreamException e = StreamErrors.inStream("OpenAI", null, "server_error", null, Scrubber.none());

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
    }

    @Test
    void theDetailQuotesTheScrubbedMessageWithTheCodeUnlessItIsAlreadyThere() {
        Scrubber scrubber = new Scrubber(List.of(KEY));

        assertEquals("The provider reported an error during the stream: bad key [redacted] (invalid_api_key)",
                StreamErrors.inStream("OpenAI", null, "bad key " + KEY, "invalid_api_key", scrubber).detail());
        assertEquals("The provider reported an error during the stream: overloaded_error: busy",
                StreamErrors.inStream("Anthropic", 529, "overloaded_error: busy", "overloaded_error", scrubber)
                        .detail());
        assertEquals("The provider reported an error during the stream: no message",
                StreamErrors.inStream("Anthropic", null, "  ", null, scrubber).detail());
    }

    @Test
    void aKindNamesTheErrorInTheDetail() {
        UpstreamException e = StreamErrors.inStream("AWS Bedrock", 429, "throttlingException", " Too many tokens ",
                null, Scrubber.none());

        assertEquals("The provider reported throttlingException during the stream: Too many tokens", e.detail());
        assertEquals(ProblemType.UPSTREAM_RATE_LIMITED, e.type());
    }

    @Test
    void aLongMessageIsCutAfterScrubbingAsInAnErrorReply() {
        String message = "x".repeat(UpstreamStatus.MAX_MESSAGE_LENGTH - 5) + KEY;

        String detail = StreamErrors.inStream("Gemini", 500, message, null, new Scrubber(List.of(KEY))).detail();

        assertTrue(detail.endsWith("x[reda…"), detail);
    }

    @Test
    void aCutStreamAndAnUnreadableEventAreProtocolErrorsOfTheProvider() {
        UpstreamException truncated = StreamErrors.truncated("Gemini");
        UpstreamException unreadable = StreamErrors.unreadable("AWS Bedrock", "contentBlockDelta");

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, truncated.type());
        assertEquals("The provider closed the stream before the answer was finished.", truncated.detail());
        assertEquals("Gemini", truncated.provider());
        assertEquals("The provider sent a contentBlockDelta event that is not valid JSON.", unreadable.detail());
        assertEquals("The provider sent a stream event that is not valid JSON.",
                StreamErrors.unreadable("OpenAI").detail());
    }
}
