package dev.switchboard.upstream;

/**
 * The stop reasons Anthropic's Messages ({@code stop_reason}) and Bedrock's Converse ({@code stopReason},
 * whose values follow Anthropic's) share, as invocation finish reasons:
 * <pre>
 * end_turn, stop_sequence                      stop
 * max_tokens, model_context_window_exceeded    length
 * tool_use                                     tool_calls
 * guardrail_intervened, content_filtered       content_filter   (Converse's guardrails)
 * none                                         stop
 * others (refusal, pause_turn, …)              as sent
 * </pre>
 */
public final class StopReasons {

    private StopReasons() {
    }

    public static String finishReason(String stopReason) {
        if (stopReason == null) {
            return "stop";
        }
        return switch (stopReason) {
            case "end_turn", "stop_sequence" -> "stop";
            case "max_tokens", "model_context_window_exceeded" -> "length";
            case "tool_use" -> "tool_calls";
            case "guardrail_intervened", "content_filtered" -> "content_filter";
            default -> stopReason;
        };
    }
}
