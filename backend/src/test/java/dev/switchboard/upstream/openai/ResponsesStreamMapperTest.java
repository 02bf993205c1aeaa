package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent;
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

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Responses API stream events → invocation events, from fixture files. */
class ResponsesStreamMapperTest {

    private final ResponsesStreamMapper mapper = newMapper();

    private static ResponsesStreamMapper newMapper() {
        return new ResponsesStreamMapper(new ObjectMapper(), "OpenAI", Scrubber.none());
    }

    private static Run run(String fixture) {
        return StreamFixtures.sse("openai/" + fixture, ResponsesStreamMapperTest::newMapper);
    }

    @Test
    void outputTextDeltasThenCompletedUsageThenFinish() {
        List<InvocationEvent> events = run("responses-text.sse").completed();

        assertEquals(List.of(new Text("Hi"), new Text(" there!"), new Usage(37, 11, 48, 0, 5), new Finish("stop")),
                events);
    }

    @Test
    void reasoningSummaryDeltasBecomeReasoningEvents() {
        List<InvocationEvent> events = run("responses-reasoning.sse").completed();

        assertEquals(List.of(new Reasoning("**Responding to a greeting**"), new Reasoning(" The user said hello."),
                new Text("Hello!"), new Usage(8, 120, 128, 100, 0), new Finish("stop")), events);
    }

    @Test
    void functionCallItemsAndArgumentDeltasBecomeIndexedToolCalls() {
        List<InvocationEvent> events = run("responses-function-call.sse").completed();

        assertEquals(List.of(
                new ToolCallDelta(0, "call_12345xyz", "get_weather", ""),
                new ToolCallDelta(0, null, null, "{\"location\":"),
                new ToolCallDelta(1, "call_67890abc", "get_time", ""),
                new ToolCallDelta(0, null, null, " \"Paris\"}"),
                new ToolCallDelta(1, null, null, "{}"),
                new Usage(60, 25, 85, 0, 0),
                new Finish("tool_calls")), events);
    }

    @Test
    void incompleteForMaxOutputTokensFinishesWithLength() {
        List<InvocationEvent> events = run("responses-incomplete.sse").completed();

        assertEquals(List.of(new Text("Once upon a"), new Usage(5, 16, 21, null, null), new Finish("length")),
                events);
    }

    @Test
    void failedResponseIsAnUpstreamErrorWithTheProviderMessage() {
        UpstreamException e = assertInstanceOf(UpstreamException.class, run("responses-failed.sse").failure());

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertTrue(e.detail().contains("The model failed to generate a response."), e.detail());
        assertTrue(e.detail().contains("server_error"), e.detail());
    }

    @Test
    void errorEventIsAnUpstreamErrorWithItsMessageAndCode() {
        UpstreamException e = assertInstanceOf(UpstreamException.class, run("responses-error.sse").failure());

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertTrue(e.detail().contains("Something went wrong"), e.detail());
        assertTrue(e.detail().contains("ERR_SOMETHING"), e.detail());
    }

    @Test
    void refusalDeltasAreTextAndFinishAsRefusal() {
        List<InvocationEvent> out = new ArrayList<>();

        mapper.accept("{\"type\":\"response.refusal.delta\",\"output_index\":0,\"delta\":\"No.\"}", out::add);
        mapper.accept("{\"type\":\"response.completed\",\"response\":{\"status\":\"completed\"}}", out::add);
        mapper.end(out::add);

        assertEquals(List.of(new Text("No."), new Finish("refusal")), out);
    }

    @Test
    void streamWithoutTerminalEventIsTruncated() {
        List<InvocationEvent> out = new ArrayList<>();
        mapper.accept("{\"type\":\"response.output_text.delta\",\"output_index\":0,\"delta\":\"Hal\"}", out::add);

        UpstreamException e = assertThrows(UpstreamException.class, () -> mapper.end(out::add));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertEquals(List.of(new Text("Hal")), out);
    }

    @Test
    void malformedJsonIsAProtocolErrorThatDoesNotEchoTheContent() {
        UpstreamException e = assertThrows(UpstreamException.class,
                () -> mapper.accept("{\"type\": sk-leaked-value", e2 -> { }));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(!e.detail().contains("sk-leaked-value"), e.detail());
    }
}
