package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Bedrock Converse on the wire ({@code POST /model/{modelId}/converse-stream}), as documented in the
 * Amazon Bedrock API reference (Converse, ConverseStream, ConverseStreamOutput). Only what we use.
 */
final class ConverseWire {

    private ConverseWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(List<Message> messages, List<SystemBlock> system, InferenceConfig inferenceConfig,
                   ToolConfig toolConfig) {
    }

    /** role is user or assistant; adjacent messages of one role are merged by the request builder. */
    record Message(String role, List<ContentBlock> content) {
    }

    record SystemBlock(String text) {
    }

    /** A union: exactly one member is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContentBlock(String text, ToolUse toolUse, ToolResult toolResult) {

        static ContentBlock text(String text) {
            return new ContentBlock(text, null, null);
        }
    }

    record ToolUse(String toolUseId, String name, JsonNode input) {
    }

    record ToolResult(String toolUseId, List<ToolResultContent> content) {
    }

    record ToolResultContent(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InferenceConfig(Integer maxTokens, Double temperature, Double topP, List<String> stopSequences) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ToolConfig(List<Tool> tools, JsonNode toolChoice) {
    }

    record Tool(ToolSpec toolSpec) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ToolSpec(String name, String description, InputSchema inputSchema) {
    }

    record InputSchema(JsonNode json) {
    }

    // --- stream events: the :event-type header names the event, the payload holds its members ---

    /**
     * Every event's members in one record: messageStart {role}, contentBlockStart {contentBlockIndex,
     * start}, contentBlockDelta {contentBlockIndex, delta}, contentBlockStop {contentBlockIndex},
     * messageStop {stopReason}, metadata {usage, metrics}; exceptions {message}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StreamEvent(String role, Integer contentBlockIndex, Start start, Delta delta, String stopReason,
                       Usage usage, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Start(ToolUseStart toolUse) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToolUseStart(String toolUseId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delta(String text, ToolUseDelta toolUse, ReasoningDelta reasoningContent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToolUseDelta(String input) {
    }

    /** text is the visible reasoning; signature and redactedContent are not reported. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReasoningDelta(String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(Integer inputTokens, Integer outputTokens, Integer totalTokens, Integer cacheReadInputTokens,
                 Integer cacheWriteInputTokens) {
    }
}
