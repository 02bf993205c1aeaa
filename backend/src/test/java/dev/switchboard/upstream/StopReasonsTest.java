package dev.switchboard.upstream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one stop-reason table of Anthropic's Messages and Bedrock's Converse. */
class StopReasonsTest {

    @ParameterizedTest
    @CsvSource({"end_turn,stop", "stop_sequence,stop", "max_tokens,length", "tool_use,tool_calls",
            "refusal,refusal", "model_context_window_exceeded,length", "pause_turn,pause_turn"})
    void normalisesAnthropicStopReasons(String stopReason, String finish) {
        assertEquals(finish, StopReasons.finishReason(stopReason));
    }

    @ParameterizedTest
    @CsvSource({
            "end_turn, stop", "stop_sequence, stop", "max_tokens, length",
            "model_context_window_exceeded, length", "tool_use, tool_calls",
            "guardrail_intervened, content_filter", "content_filtered, content_filter",
            "something_new, something_new"})
    void normalisesConverseStopReasons(String stopReason, String finish) {
        assertEquals(finish, StopReasons.finishReason(stopReason));
    }

    @Test
    void noStopReasonIsAnOrdinaryStop() {
        assertEquals("stop", StopReasons.finishReason(null));
    }
}
