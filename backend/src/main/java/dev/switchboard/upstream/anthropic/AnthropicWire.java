package dev.switchboard.upstream.anthropic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Anthropic Messages on the wire ({@code POST /v1/messages}, {@code anthropic-version: 2023-06-01}),
 * as documented in the API reference ("Messages", "Streaming Messages") and
 * ../shared/specs/anthropic/ (CreateMessageRequest, MessageStreamEvent). Only the members Switchboard uses.
 */
final class AnthropicWire {

    private AnthropicWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String model, List<Message> messages, String system,
                   @JsonProperty("max_tokens") int maxTokens,
                   @JsonProperty("stop_sequences") List<String> stopSequences,
                   Boolean stream, Double temperature, @JsonProperty("top_p") Double topP,
                   List<Tool> tools, @JsonProperty("tool_choice") ToolChoice toolChoice,
                   Thinking thinking) {
    }

    /** role is user or assistant; content is always a list of blocks so that turns can be merged. */
    record Message(String role, List<Block> content) {
    }

    /**
     * One content block: {@code text} (text), {@code tool_use} (id, name, input) or {@code tool_result}
     * (tool_use_id, content).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Block(String type, String text, String id, String name, JsonNode input,
                 @JsonProperty("tool_use_id") String toolUseId, String content) {

        static Block text(String text) {
            return new Block("text", text, null, null, null, null, null);
        }

        static Block toolUse(String id, String name, JsonNode input) {
            return new Block("tool_use", null, id, name, input, null, null);
        }

        static Block toolResult(String toolUseId, String content) {
            return new Block("tool_result", null, null, null, null, toolUseId, content);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tool(String name, String description, @JsonProperty("input_schema") JsonNode inputSchema) {
    }

    /** type is auto, any, tool (with name) or none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ToolChoice(String type, String name) {
    }

    record Thinking(String type, @JsonProperty("budget_tokens") int budgetTokens) {
    }

    // --- streaming response: every SSE data payload is one of these, told apart by type ---

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String type, MessageStart message, Integer index,
                 @JsonProperty("content_block") ContentBlock contentBlock,
                 Delta delta, Usage usage, ErrorBody error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageStart(Usage usage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentBlock(String type, String id, String name, String text, String thinking) {
    }

    /**
     * A content_block_delta's delta (type text_delta, input_json_delta, thinking_delta, signature_delta)
     * or a message_delta's delta (stop_reason).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delta(String type, String text, @JsonProperty("partial_json") String partialJson, String thinking,
                 @JsonProperty("stop_reason") String stopReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(@JsonProperty("input_tokens") Integer inputTokens,
                 @JsonProperty("output_tokens") Integer outputTokens,
                 @JsonProperty("cache_read_input_tokens") Integer cacheReadInputTokens,
                 @JsonProperty("cache_creation_input_tokens") Integer cacheCreationInputTokens) {
    }

    /** type is e.g. overloaded_error, api_error, rate_limit_error. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String type, String message) {
    }
}
