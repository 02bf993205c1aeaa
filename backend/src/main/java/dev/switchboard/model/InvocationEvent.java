package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.common.problem.ProblemDetail;

import java.util.Map;

/**
 * What an invocation streams. Each record is one SSE event: {@link #eventName()} is its {@code event:}
 * line and the record itself its JSON {@code data:}. Every stream ends with one Finish or Error.
 */
public sealed interface InvocationEvent {

    String eventName();

    /**
     * @param provider         the built-in provider's key, or the custom provider's name
     * @param customProviderId the custom provider invoked; null (and left out) for a built-in provider
     * @param prompt           the saved prompt version invoked; null (and left out) otherwise
     */
    record Start(String invocationId, String provider,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String customProviderId, String model, String apiType,
                 Map<String, String> credentialSources,
                 @JsonInclude(JsonInclude.Include.NON_NULL) PromptRef prompt) implements InvocationEvent {
        public String eventName() {
            return "start";
        }
    }

    record Text(String delta) implements InvocationEvent {
        public String eventName() {
            return "text";
        }
    }

    record Reasoning(String delta) implements InvocationEvent {
        public String eventName() {
            return "reasoning";
        }
    }

    /**
     * A piece of a tool call; id and name come with the first piece of each index. thoughtSignature is
     * the provider's opaque signature of the reasoning behind the call (Gemini), to be sent back with the
     * call when the conversation is replayed; null (and left out) when the provider gave none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ToolCallDelta(int index, String id, String name, String argumentsDelta, String thoughtSignature)
            implements InvocationEvent {

        public ToolCallDelta(int index, String id, String name, String argumentsDelta) {
            this(index, id, name, argumentsDelta, null);
        }

        public String eventName() {
            return "tool_call";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Usage(Integer inputTokens, Integer outputTokens, Integer totalTokens,
                 Integer reasoningTokens, Integer cachedInputTokens) implements InvocationEvent {
        public String eventName() {
            return "usage";
        }
    }

    /**
     * The end of a successful stream. Reasons are normalised: stop, length, tool_calls,
     * content_filter, refusal, or the provider's own word when none of these fits.
     */
    record Finish(String reason) implements InvocationEvent {
        public String eventName() {
            return "finish";
        }
    }

    record Error(ProblemDetail problem) implements InvocationEvent {
        public String eventName() {
            return "error";
        }
    }
}
