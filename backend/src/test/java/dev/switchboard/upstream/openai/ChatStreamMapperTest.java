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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chat Completions stream payloads → invocation events, from fixture files. */
class ChatStreamMapperTest {

    private static final String KEY = "sk-test-secret-0123456789";

    private final ChatStreamMapper mapper = newMapper();

    private static ChatStreamMapper newMapper() {
        return new ChatStreamMapper(new ObjectMapper(), "OpenAI", new Scrubber(List.of(KEY)));
    }

    private static Run run(String fixture) {
        return StreamFixtures.sse("openai/" + fixture, ChatStreamMapperTest::newMapper);
    }

    @Test
    void textDeltasThenUsageThenFinishLast() {
        List<InvocationEvent> events = run("chat-text.sse").completed();

        assertEquals(List.of(new Text("Hello"), new Text(" there, "), new Text("world!"),
                new Usage(9, 4, 13, 0, 2), new Finish("stop")), events);
    }

    @Test
    void usageChunkAfterFinishReasonStillComesBeforeFinish() {
        List<InvocationEvent> events = run("chat-text.sse").completed();

        int usage = indexOf(events, Usage.class);
        assertEquals(events.size() - 2, usage);
        assertEquals(1, events.stream().filter(Finish.class::isInstance).count());
    }

    @Test
    void parallelToolCallsKeepTheirIndexAndArgumentsJoinAcrossChunks() {
        List<InvocationEvent> events = run("chat-tool-calls.sse").completed();

        List<ToolCallDelta> deltas = events.stream().filter(ToolCallDelta.class::isInstance)
                .map(ToolCallDelta.class::cast).toList();
        assertEquals(new ToolCallDelta(0, "call_abc", "get_weather", ""), deltas.get(0));
        assertEquals(new ToolCallDelta(1, "call_def", "get_time", ""), deltas.get(2));
        assertEquals("{\"location\": \"Paris\"}", arguments(deltas, 0));
        assertEquals("{\"tz\": \"CET\"}", arguments(deltas, 1));
        assertEquals(new Usage(80, 30, 110, null, null), events.get(events.size() - 2));
        assertEquals(new Finish("tool_calls"), events.get(events.size() - 1));
    }

    @Test
    void refusalIsStreamedAsTextAndFinishesAsRefusal() {
        List<InvocationEvent> events = run("chat-refusal.sse").completed();

        assertEquals(List.of(new Text("I'm sorry, "), new Text("I can't help with that."), new Finish("refusal")),
                events);
    }

    @Test
    void deepSeekReasoningContentBecomesReasoningEvents() {
        List<InvocationEvent> events = run("deepseek-reasoning.sse").completed();

        assertEquals(List.of(new Reasoning("The user greets me."), new Reasoning(" I should greet back."),
                new Text("Hi!"), new Usage(10, 20, 30, 15, null), new Finish("stop")), events);
    }

    @Test
    void errorObjectInsideTheStreamFailsWithTheScrubbedProviderMessage() {
        Run run = run("chat-error-in-stream.sse");

        UpstreamException e = assertInstanceOf(UpstreamException.class, run.failure());
        assertEquals(List.of(new Text("Partial")), run.events());
        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertEquals("OpenAI", e.provider());
        assertTrue(e.detail().contains("The server had an error while processing your request"), e.detail());
        assertFalse(e.detail().contains(KEY), e.detail());
        assertTrue(e.detail().contains(Scrubber.REDACTED), e.detail());
    }

    @Test
    void finishReasonWithoutDoneStillFinishes() {
        List<InvocationEvent> events = run("chat-no-done.sse").completed();

        assertEquals(List.of(new Text("Done"), new Finish("length")), events);
    }

    @Test
    void multiByteCharactersSplitAcrossReadsArriveWhole() {
        List<InvocationEvent> events = run("chat-multibyte.sse").completed();

        assertEquals(List.of(new Text("Grüße"), new Text(" aus 東京 👋"), new Finish("stop")), events);
    }

    @Test
    void streamWithoutFinishReasonIsTruncated() {
        Run run = run("chat-truncated.sse");

        UpstreamException e = assertInstanceOf(UpstreamException.class, run.failure());
        assertEquals(List.of(new Text("Half an ans")), run.events());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(e.detail().contains("before the answer was finished"), e.detail());
    }

    @Test
    void malformedJsonIsAProtocolErrorThatDoesNotEchoTheContent() {
        UpstreamException e = assertInstanceOf(UpstreamException.class, run("chat-malformed.sse").failure());

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertFalse(e.detail().contains("sk-leaked-value"), e.detail());
        assertFalse(e.detail().contains("not json"), e.detail());
    }

    @Test
    void payloadsAfterDoneAreIgnored() {
        List<InvocationEvent> out = new ArrayList<>();
        StreamFixtures.payloads("openai/chat-text.sse").forEach(data -> mapper.accept(data, out::add));

        mapper.accept("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"late\"}}]}", out::add);
        mapper.end(out::add);

        assertFalse(out.contains(new Text("late")));
        assertInstanceOf(Finish.class, out.get(out.size() - 1));
    }

    @Test
    void onlyTheFirstChoiceIsReported() {
        List<InvocationEvent> out = new ArrayList<>();

        mapper.accept("{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"second\"},\"finish_reason\":\"stop\"},"
                + "{\"index\":0,\"delta\":{\"content\":\"first\"},\"finish_reason\":\"stop\"}]}", out::add);
        mapper.end(out::add);

        assertEquals(List.of(new Text("first"), new Finish("stop")), out);
    }

    @Test
    void legacyFunctionCallFinishReasonIsNormalisedToToolCalls() {
        assertEquals("tool_calls", ChatStreamMapper.normalise("function_call", false));
        assertEquals("content_filter", ChatStreamMapper.normalise("content_filter", false));
    }

    private static String arguments(List<ToolCallDelta> deltas, int index) {
        return deltas.stream().filter(d -> d.index() == index).map(ToolCallDelta::argumentsDelta)
                .collect(Collectors.joining());
    }

    private static int indexOf(List<InvocationEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
