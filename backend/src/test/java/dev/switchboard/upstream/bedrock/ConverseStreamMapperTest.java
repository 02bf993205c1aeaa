package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.InvocationEvent.Finish;
import dev.switchboard.model.InvocationEvent.Reasoning;
import dev.switchboard.model.InvocationEvent.Text;
import dev.switchboard.model.InvocationEvent.ToolCallDelta;
import dev.switchboard.model.InvocationEvent.Usage;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.StreamFixtures;
import dev.switchboard.testing.StreamFixtures.Run;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConverseStreamMapperTest {

    private static final String PROVIDER = "AWS Bedrock";

    private final List<InvocationEvent> events = new ArrayList<>();

    @Test
    void textDeltasThenUsageThenFinishStop() {
        run("text.jsonl");

        assertEquals(List.of(new Text("Hello"), new Text(", world!"), new Usage(12, 5, 17, null, 4),
                new Finish("stop")), events);
    }

    @Test
    void aToolCallSplitAcrossDeltasKeepsItsIdAndName() {
        run("tool-use.jsonl");

        assertEquals(List.of(
                new Text("Let me check the weather."),
                new ToolCallDelta(0, "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "get_weather", ""),
                new ToolCallDelta(0, null, null, "{\"city\":"),
                new ToolCallDelta(0, null, null, " \"Par"),
                new ToolCallDelta(0, null, null, "is\"}"),
                new Usage(310, 54, 364, null, null),
                new Finish("tool_calls")), events);
    }

    @Test
    void toolCallsAreNumberedInTheOrderTheyStart() {
        run("two-tools.jsonl");

        List<ToolCallDelta> calls = events.stream().filter(ToolCallDelta.class::isInstance)
                .map(ToolCallDelta.class::cast).toList();
        assertEquals(new ToolCallDelta(0, "tooluse_A", "get_weather", ""), calls.get(0));
        assertEquals(new ToolCallDelta(1, "tooluse_B", "get_time", ""), calls.get(2));
        assertEquals("{\"zone\":\"CET\"}", calls.stream().filter(c -> c.index() == 1)
                .map(ToolCallDelta::argumentsDelta).reduce("", String::concat));
        assertEquals(new Finish("tool_calls"), events.get(events.size() - 1));
    }

    @Test
    void reasoningTextBecomesReasoningEventsAndSignaturesAreDropped() {
        run("reasoning.jsonl");

        assertEquals(List.of(new Reasoning("The user asks 2+2. "), new Reasoning("That is 4."), new Text("4"),
                new Usage(20, 64, 84, null, null), new Finish("length")), events);
    }

    @Test
    void aThrottlingExceptionFrameFailsTheStreamAfterWhatCameBefore() {
        UpstreamException e = assertThrows(UpstreamException.class, () -> run("throttled.jsonl"));

        assertEquals(List.of(new Text("Once upon")), events);
        assertEquals(ProblemType.UPSTREAM_RATE_LIMITED, e.type());
        assertEquals(PROVIDER, e.provider());
        assertTrue(e.detail().contains("throttlingException"));
        assertTrue(e.detail().contains("Too many tokens"));
    }

    @Test
    void aStreamWithoutMessageStopIsTruncated() {
        UpstreamException e = assertThrows(UpstreamException.class, () -> run("truncated.jsonl"));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertFalse(events.stream().anyMatch(Finish.class::isInstance));
    }

    @ParameterizedTest
    @CsvSource({
            "throttlingException, UPSTREAM_RATE_LIMITED",
            "validationException, UPSTREAM_REJECTED",
            "modelStreamErrorException, UPSTREAM_ERROR",
            "internalServerException, UPSTREAM_ERROR",
            "serviceUnavailableException, UPSTREAM_UNAVAILABLE",
            "modelTimeoutException, UPSTREAM_TIMEOUT",
            "somethingNewException, UPSTREAM_ERROR"})
    void exceptionFramesAreClassifiedByTheStatusTable(String exception, ProblemType expected) {
        EventStreamMessage frame = decode(EventStreamFrames.exception(exception, "{\"message\":\"failed\"}"));

        UpstreamException e = assertThrows(UpstreamException.class, () -> mapper().accept(frame, events::add));

        assertEquals(expected, e.type());
        assertNull(e.upstreamStatus()); // the HTTP reply was 200; the failure came inside the stream
    }

    @Test
    void secretsInAnExceptionMessageAreScrubbed() {
        EventStreamMessage frame = decode(EventStreamFrames.exception("validationException",
                "{\"message\":\"The security token ASIA-SECRET-TOKEN-VALUE is invalid\"}"));
        ConverseStreamMapper mapper = new ConverseStreamMapper(new ObjectMapper(), PROVIDER,
                new Scrubber(List.of("ASIA-SECRET-TOKEN-VALUE")));

        UpstreamException e = assertThrows(UpstreamException.class, () -> mapper.accept(frame, events::add));

        assertFalse(e.detail().contains("ASIA-SECRET-TOKEN-VALUE"));
        assertTrue(e.detail().contains(Scrubber.REDACTED));
    }

    @Test
    void anErrorMessageTypeCarriesItsCodeInHeaders() {
        EventStreamMessage frame = decode(EventStreamFrames.frame(java.util.Map.of(
                ":message-type", "error", ":error-code", "InternalFailure", ":error-message", "boom"), new byte[0]));

        UpstreamException e = assertThrows(UpstreamException.class, () -> mapper().accept(frame, events::add));

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertTrue(e.detail().contains("InternalFailure"));
        assertTrue(e.detail().contains("boom"));
    }

    @Test
    void anEventThatIsNotJsonIsAProtocolError() {
        EventStreamMessage frame = decode(EventStreamFrames.event("contentBlockDelta", "{not json"));

        UpstreamException e = assertThrows(UpstreamException.class, () -> mapper().accept(frame, events::add));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
    }

    @Test
    void unknownEventTypesAreIgnored() {
        ConverseStreamMapper mapper = mapper();
        mapper.accept(decode(EventStreamFrames.event("somethingNew", "{\"x\":1}")), events::add);
        mapper.accept(decode(EventStreamFrames.event("messageStop", "{\"stopReason\":\"end_turn\"}")), events::add);
        mapper.end(events::add);

        assertEquals(List.of(new Finish("stop")), events);
    }

    /** Plays a fixture, in pieces that split the frames, collecting into {@link #events}; throws its failure. */
    private void run(String fixture) {
        byte[] body = EventStreamFrames.concat(EventStreamFrames.fixture(fixture));
        Run run = StreamFixtures.play("bedrock/" + fixture, body, ConverseStreamMapperTest::decoder,
                ConverseStreamMapperTest::mapper);
        events.addAll(run.events());
        run.completed();
    }

    private static EventStreamDecoder decoder() {
        return new EventStreamDecoder(1 << 20);
    }

    private static ConverseStreamMapper mapper() {
        return new ConverseStreamMapper(new ObjectMapper(), PROVIDER, new Scrubber(List.of()));
    }

    private static EventStreamMessage decode(byte[] frame) {
        return new EventStreamDecoder(1 << 20).feed(frame).get(0);
    }
}
