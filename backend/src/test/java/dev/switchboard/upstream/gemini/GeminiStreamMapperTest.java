package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent.Finish;
import dev.switchboard.model.InvocationEvent.Reasoning;
import dev.switchboard.model.InvocationEvent.Text;
import dev.switchboard.model.InvocationEvent.ToolCallDelta;
import dev.switchboard.model.InvocationEvent.Usage;
import dev.switchboard.testing.StreamFixtures;
import dev.switchboard.testing.StreamFixtures.Run;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeminiStreamMapperTest {

    private static GeminiStreamMapper mapper() {
        AtomicInteger ids = new AtomicInteger();
        return new GeminiStreamMapper(new ObjectMapper(), "Google Gemini", Scrubber.none(),
                () -> "call_" + ids.incrementAndGet());
    }

    private static Run run(String fixture) {
        return StreamFixtures.sse("gemini/" + fixture, GeminiStreamMapperTest::mapper);
    }

    @Test
    void streamsTextThenTheLastUsageThenFinish() {
        Run run = run("text.sse");

        assertNull(run.failure());
        assertEquals(List.of(new Text("The"), new Text(" sky is blue because of Rayleigh scattering."),
                new Usage(9, 10, 19, null, 4), new Finish("stop")), run.events());
    }

    @Test
    void readsCrlfFramedChunks() {
        Run run = run("crlf.sse");

        assertEquals(List.of(new Text("Hello"), new Text(" there"), new Usage(2, 2, 4, null, null),
                new Finish("stop")), run.events());
    }

    @Test
    void reportsEachFunctionCallWholeWithAGeneratedIdWhenNoneWasSent() {
        Run run = run("function-call.sse");

        assertEquals(List.of(
                new ToolCallDelta(0, "call_1", "get_weather", "{\"location\":\"Boston, MA\",\"unit\":\"celsius\"}"),
                new ToolCallDelta(1, "fc-2", "get_time", "{\"zone\":\"EST\"}")), run.all(ToolCallDelta.class));
        assertEquals(new Finish("tool_calls"), run.last(), "STOP after function calls");
    }

    @Test
    void carriesTheThoughtSignatureOfASignedCallAndNoneForItsUnsignedSibling() {
        Run run = run("function-call-signed.sse");

        assertEquals(List.of(
                new ToolCallDelta(0, "call_1", "get_weather", "{\"location\":\"Paris\"}",
                        "CiIBVKhc7oN1bXm2Jq3Zr0b6QyL8kW4tHf9sXa1uPe5dGvQ="),
                new ToolCallDelta(1, "call_2", "get_weather", "{\"location\":\"London\"}", null)),
                run.all(ToolCallDelta.class));
        assertEquals(new Finish("tool_calls"), run.last());
    }

    @Test
    void reportsThoughtPartsAsReasoningAndCountsThoughtsAsOutput() {
        Run run = run("thinking.sse");

        assertEquals(List.of(new Reasoning("**Adding the numbers**\n\nThe user wants 2 + 2."), new Text("2 + 2 = 4."),
                new Usage(12, 8 + 100, 120, 100, null), new Finish("stop")), run.events());
    }

    @Test
    void mapsMaxTokensToLength() {
        assertEquals(new Finish("length"), run("max-tokens.sse").last());
    }

    @Test
    void mapsASafetyStopToContentFilter() {
        Run run = run("safety.sse");

        assertEquals(new Text("I can tell you"), run.events().get(0));
        assertEquals(new Finish("content_filter"), run.last());
    }

    @Test
    void finishesABlockedPromptWithContentFilter() {
        Run run = run("prompt-blocked.sse");

        assertNull(run.failure());
        assertEquals(List.of(new Usage(8, null, 8, null, null), new Finish("content_filter")), run.events());
    }

    @Test
    void failsOnAnErrorObjectClassifiedByItsStatus() {
        Run run = run("error.sse");

        assertEquals(List.of(new Text("Partial")), run.events());
        UpstreamException failure = assertInstanceOf(UpstreamException.class, run.failure());
        assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, failure.type());
        assertEquals("Google Gemini", failure.provider());
        assertTrue(failure.detail().contains("overloaded") && failure.detail().contains("(UNAVAILABLE)"),
                failure.detail());
    }

    @Test
    void failsAsProtocolErrorWhenTheStreamEndsWithoutFinishReason() {
        Run run = run("truncated.sse");

        assertEquals(List.of(new Text("The answer is")), run.events());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL,
                assertInstanceOf(UpstreamException.class, run.failure()).type());
    }

    @Test
    void failsAsProtocolErrorOnDataThatIsNotJson() {
        UpstreamException failure = assertThrows(UpstreamException.class, () -> mapper().accept("[DONE", e -> { }));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, failure.type());
    }

    @ParameterizedTest
    @CsvSource({"STOP,false,stop", "STOP,true,tool_calls", "MAX_TOKENS,false,length", "SAFETY,false,content_filter",
            "RECITATION,false,content_filter", "BLOCKLIST,false,content_filter",
            "PROHIBITED_CONTENT,false,content_filter", "SPII,false,content_filter",
            "MALFORMED_FUNCTION_CALL,true,malformed_function_call", "OTHER,false,other", "LANGUAGE,false,language"})
    void normalisesFinishReasons(String reason, boolean calledTools, String finish) {
        assertEquals(finish, GeminiStreamMapper.finishReason(reason, calledTools));
    }
}
