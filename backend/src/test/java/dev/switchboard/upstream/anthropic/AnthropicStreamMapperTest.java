package dev.switchboard.upstream.anthropic;

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

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnthropicStreamMapperTest {

    private static Run run(String fixture) {
        return StreamFixtures.sse("anthropic/" + fixture,
                () -> new AnthropicStreamMapper(new ObjectMapper(), "Anthropic",
                        new Scrubber(List.of("sk-ant-secret"))));
    }

    private static String text(Run run) {
        return run.all(Text.class).stream().map(Text::delta).collect(Collectors.joining());
    }

    @Test
    void streamsTextThenUsageThenFinish() {
        Run run = run("text.sse");

        assertNull(run.failure());
        assertEquals(List.of(new Text("Hello"), new Text("!"), new Usage(25, 15, 40, null, 0), new Finish("stop")),
                run.events());
    }

    @Test
    void countsToolCallsByToolBlockAndJoinsSplitArguments() {
        Run run = run("tool-use.sse");

        assertNull(run.failure());
        List<ToolCallDelta> calls = run.all(ToolCallDelta.class);
        assertEquals(new ToolCallDelta(0, "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather", ""), calls.get(0));
        assertEquals("{\"location\": \"San Francisco, CA\"}", calls.stream().filter(c -> c.index() == 0)
                .map(ToolCallDelta::argumentsDelta).collect(Collectors.joining()));
        assertTrue(calls.stream().skip(1).allMatch(c -> c.id() == null || c.index() == 1),
                "id and name only come with the first piece of each call");
        assertEquals(new ToolCallDelta(1, "toolu_02AbCdEfGhIjKlMnOpQrStUv", "get_time", ""), calls.get(4));
        assertEquals(new ToolCallDelta(1, null, null, "{\"zone\": \"PST\"}"), calls.get(5));
        assertEquals(6, calls.size(), "the empty first partial_json is not reported");
        assertEquals("Okay, let's check the weather for San Francisco, CA:", text(run));
        assertEquals(new Finish("tool_calls"), run.last());
    }

    @Test
    void reportsThinkingAsReasoningAndIgnoresSignatures() {
        Run run = run("thinking.sse");

        assertEquals("Let me solve this step by step:\n\n1. First break down 27 * 453\n2. 453 = 400 + 50 + 3",
                run.all(Reasoning.class).stream().map(Reasoning::delta).collect(Collectors.joining()));
        assertEquals("27 * 453 = 12,231", text(run));
        assertInstanceOf(Reasoning.class, run.events().get(0), "thinking comes before the answer");
    }

    @Test
    void countsCacheReadsAndWritesAsInputAndReadsAsCached() {
        Usage usage = run("thinking.sse").all(Usage.class).get(0);

        assertEquals(new Usage(40 + 100 + 2000, 312, 40 + 100 + 2000 + 312, null, 2000), usage);
    }

    @Test
    void reportsUsageOnceJustBeforeFinish() {
        Run run = run("tool-use.sse");

        assertEquals(1, run.all(Usage.class).size());
        assertEquals(new Usage(472, 89, 561, null, null), run.events().get(run.events().size() - 2));
    }

    @Test
    void mapsMaxTokensToLength() {
        assertEquals(new Finish("length"), run("max-tokens.sse").last());
    }

    @Test
    void failsOnAnErrorEventAfterWhatCameBefore() {
        Run run = run("error.sse");

        assertEquals(List.of(new Text("Partial")), run.events());
        UpstreamException failure = assertInstanceOf(UpstreamException.class, run.failure());
        assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, failure.type());
        assertEquals("Anthropic", failure.provider());
        assertTrue(failure.detail().contains("Overloaded (overloaded_error)"), failure.detail());
    }

    @Test
    void failsAsProtocolErrorWhenTheStreamEndsWithoutMessageStop() {
        Run run = run("truncated.sse");

        assertEquals(List.of(new Text("The answer is")), run.events());
        UpstreamException failure = assertInstanceOf(UpstreamException.class, run.failure());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, failure.type());
    }

    @Test
    void failsAsProtocolErrorOnDataThatIsNotJson() {
        AnthropicStreamMapper mapper = new AnthropicStreamMapper(new ObjectMapper(), "Anthropic", Scrubber.none());

        UpstreamException failure = assertInstanceOf(UpstreamException.class, org.junit.jupiter.api.Assertions
                .assertThrows(RuntimeException.class, () -> mapper.accept("{not json", e -> { })));
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, failure.type());
    }

    @Test
    void scrubsKeysFromInStreamErrors() {
        AnthropicStreamMapper mapper = new AnthropicStreamMapper(new ObjectMapper(), "Anthropic",
                new Scrubber(List.of("sk-ant-secret-key-1")));

        UpstreamException failure = org.junit.jupiter.api.Assertions.assertThrows(UpstreamException.class,
                () -> mapper.accept("{\"type\":\"error\",\"error\":{\"type\":\"api_error\","
                        + "\"message\":\"bad key sk-ant-secret-key-1\"}}", e -> { }));
        assertFalse(failure.detail().contains("sk-ant-secret-key-1"));
        assertEquals(ProblemType.UPSTREAM_ERROR, failure.type());
    }

    @Test
    void ignoresEventTypesItDoesNotKnow() {
        AnthropicStreamMapper mapper = new AnthropicStreamMapper(new ObjectMapper(), "Anthropic", Scrubber.none());
        List<InvocationEvent> out = new java.util.ArrayList<>();

        mapper.accept("{\"type\":\"future_event\",\"whatever\":1}", out::add);

        assertTrue(out.isEmpty());
    }
}
