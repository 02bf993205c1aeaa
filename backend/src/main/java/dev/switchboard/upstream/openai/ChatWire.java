package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * OpenAI Chat Completions on the wire ({@code POST /chat/completions}), as documented in the API
 * reference and ../shared/specs/openai/openapi.yaml (CreateChatCompletionRequest,
 * CreateChatCompletionStreamResponse, CreateChatCompletionResponse). Only the members Switchboard uses.
 */
final class ChatWire {

    private ChatWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String model, List<Message> messages, Boolean stream,
                   @JsonProperty("stream_options") StreamOptions streamOptions,
                   List<Tool> tools, @JsonProperty("tool_choice") JsonNode toolChoice,
                   @JsonProperty("response_format") JsonNode responseFormat,
                   Double temperature, @JsonProperty("top_p") Double topP,
                   @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
                   List<String> stop, Long seed,
                   @JsonProperty("reasoning_effort") String reasoningEffort,
                   @JsonProperty("frequency_penalty") Double frequencyPenalty,
                   @JsonProperty("presence_penalty") Double presencePenalty) {
    }

    record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {
    }

    /** content is always written, as null for an assistant message that only calls tools. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Message(String role, @JsonInclude(JsonInclude.Include.ALWAYS) String content,
                   @JsonProperty("tool_calls") List<ToolCall> toolCalls,
                   @JsonProperty("tool_call_id") String toolCallId) {
    }

    record ToolCall(String id, String type, Function function) {
    }

    record Function(String name, String arguments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tool(String type, FunctionDefinition function) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FunctionDefinition(String name, String description, JsonNode parameters) {
    }

    // --- streaming response ---

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chunk(List<Choice> choices, Usage usage, ErrorBody error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Choice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delta(String content, String refusal, @JsonProperty("reasoning_content") String reasoningContent,
                 String reasoning, @JsonProperty("tool_calls") List<ToolCallDelta> toolCalls) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToolCallDelta(Integer index, String id, FunctionDelta function) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FunctionDelta(String name, String arguments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(@JsonProperty("prompt_tokens") Integer promptTokens,
                 @JsonProperty("completion_tokens") Integer completionTokens,
                 @JsonProperty("total_tokens") Integer totalTokens,
                 @JsonProperty("prompt_tokens_details") PromptDetails promptDetails,
                 @JsonProperty("completion_tokens_details") CompletionDetails completionDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PromptDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompletionDetails(@JsonProperty("reasoning_tokens") Integer reasoningTokens) {
    }

    // --- whole response (stream: false) ---

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Completion(List<AnswerChoice> choices, Usage usage, ErrorBody error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerChoice(int index, AnswerMessage message, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The assistant message; its tool calls carry no index (their position is the index). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerMessage(String content, String refusal, @JsonProperty("reasoning_content") String reasoningContent,
                         String reasoning, @JsonProperty("tool_calls") List<AnswerToolCall> toolCalls) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerToolCall(String id, FunctionDelta function) {
    }

    /** OpenAI's error object, also sent inside a 200 stream by some compatible servers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(String message, String type, JsonNode code) {
    }
}
