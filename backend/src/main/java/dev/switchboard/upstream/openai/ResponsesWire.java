package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * OpenAI Responses on the wire ({@code POST /responses}), as documented in the API reference and
 * ../shared/specs/openai/openapi.yaml (CreateResponse, ResponseStreamEvent). Only what we use.
 */
final class ResponsesWire {

    private ResponsesWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String model, List<Object> input, Boolean stream, List<Tool> tools,
                   @JsonProperty("tool_choice") JsonNode toolChoice, Text text,
                   Double temperature, @JsonProperty("top_p") Double topP,
                   @JsonProperty("max_output_tokens") Integer maxOutputTokens,
                   Reasoning reasoning, Boolean store) {
    }

    /** An input message: role user, assistant, system or developer. */
    record MessageItem(String role, String content) {
    }

    record FunctionCallItem(String type, @JsonProperty("call_id") String callId, String name, String arguments) {
    }

    record FunctionCallOutputItem(String type, @JsonProperty("call_id") String callId, String output) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tool(String type, String name, String description, JsonNode parameters, Boolean strict) {
    }

    record Text(JsonNode format) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reasoning(String effort, String summary) {
    }

    // --- streaming events: the `type` member names the event ---

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String type, String delta, @JsonProperty("output_index") Integer outputIndex,
                 Item item, Response response, String message, JsonNode code) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String type, String id, @JsonProperty("call_id") String callId, String name, String arguments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(String status, Usage usage, ChatWire.ErrorBody error,
                    @JsonProperty("incomplete_details") IncompleteDetails incompleteDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IncompleteDetails(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(@JsonProperty("input_tokens") Integer inputTokens,
                 @JsonProperty("output_tokens") Integer outputTokens,
                 @JsonProperty("total_tokens") Integer totalTokens,
                 @JsonProperty("input_tokens_details") InputDetails inputDetails,
                 @JsonProperty("output_tokens_details") OutputDetails outputDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InputDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OutputDetails(@JsonProperty("reasoning_tokens") Integer reasoningTokens) {
    }
}
