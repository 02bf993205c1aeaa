package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.common.validation.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A call to one model: what to send, to whom, and with which credentials (never stored). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "InvocationRequest")
public record InvocationRequest(
        @Schema(description = "Built-in provider key, e.g. OPENAI; omit when customProviderId is set",
                examples = "OPENAI") String provider,
        @Schema(description = "A saved custom provider to use instead of a built-in one") UUID customProviderId,
        @NotBlank @Size(max = 256) @Schema(examples = "gpt-4o-mini") String model,
        @Schema(description = "OpenAI and Azure OpenAI only: chat_completions or responses; "
                + "default per provider (see the README)") String apiType,
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull Message> messages,
        @Size(max = 128) List<@Valid @NotNull Tool> tools,
        @Schema(description = "\"auto\", \"none\", \"required\" or {\"name\": \"tool\"}") JsonNode toolChoice,
        @Valid ResponseFormat responseFormat,
        @Valid Parameters parameters,
        @Valid Connection connection,
        @Schema(description = "Extra HTTP headers for the provider; authentication and hop-by-hop headers "
                + "cannot be set") Map<String, String> headers,
        @Schema(description = "Credentials held by the browser, by name (e.g. OPENAI_API_KEY); "
                + "used for this call only, never stored or returned") Map<String, String> credentials) {

    public InvocationRequest {
        tools = tools == null ? List.of() : tools;
        headers = headers == null ? Map.of() : headers;
        credentials = credentials == null ? Map.of() : credentials;
        parameters = parameters == null ? Parameters.NONE : parameters;
        connection = connection == null ? Connection.NONE : connection;
    }

    public enum Role { system, user, assistant, tool }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(
            @NotNull Role role,
            @Schema(description = "Text; may be null for an assistant message that only calls tools") String content,
            @Schema(description = "Tool calls made by an assistant message") List<@Valid @NotNull ToolCall> toolCalls,
            @Schema(description = "For a tool message: the id of the call it answers") String toolCallId) {

        public Message {
            toolCalls = toolCalls == null ? List.of() : toolCalls;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ToolCall")
    public record ToolCall(@NotBlank String id, @NotBlank String name,
                           @Schema(description = "Arguments as a JSON text") String arguments,
                           @Schema(description = "The thoughtSignature the tool_call event carried (Gemini), sent "
                                   + "back as it came; other providers ignore it") String thoughtSignature) {

        public ToolCall(String id, String name, String arguments) {
            this(id, name, arguments, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tool(@NotNull @Pattern(regexp = TOOL_NAME, message = TOOL_NAME_RULE)
                       @Schema(description = "1-64 letters, digits, _ or -, unique among the tools (the pattern "
                               + "every provider accepts)", pattern = "^" + TOOL_NAME + "$") String name,
                       String description,
                       @Schema(description = "JSON Schema of the arguments: an object, with type \"object\" "
                               + "if it has a type") JsonNode parameters) {

        /** The tool-name pattern OpenAI, Anthropic, Gemini and Bedrock all accept. */
        public static final String TOOL_NAME = "[A-Za-z0-9_-]{1,64}";
        static final String TOOL_NAME_RULE = "must be 1 to 64 letters, digits, underscores or hyphens";
    }

    /** Structured output, provider-neutral. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ResponseFormat(
            @NotNull @Schema(description = "text, json_object or json_schema") FormatType type,
            @Schema(description = "json_schema: a name for the schema") String name,
            @Schema(description = "json_schema: the JSON Schema the answer must follow") JsonNode schema,
            Boolean strict) {

        public enum FormatType { text, json_object, json_schema }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parameters(
            @DecimalMin("0") @DecimalMax("2")
            @Schema(description = "0-2 for OpenAI, Azure OpenAI, OpenAI-compatible servers and Gemini; "
                    + "0-1 for Anthropic and Bedrock") Double temperature,
            @Min(1) @Schema(description = "At least 1") Integer maxTokens,
            @DecimalMin("0") @DecimalMax("1") @Schema(description = "0-1 for every provider") Double topP,
            @Size(max = 16) List<String> stop,
            @Schema(description = "An integer (a JSON number with a fraction is malformed); "
                    + "not taken by Anthropic, Bedrock or the Responses API") Long seed,
            @Pattern(regexp = REASONING_EFFORTS, message = "must be none, minimal, low, medium or high")
            @Schema(description = "none, minimal, low, medium or high (reasoning models); OpenAI passes the word "
                    + "on, Anthropic and Gemini turn it into a thinking budget; not taken by Bedrock",
                    pattern = "^(" + REASONING_EFFORTS + ")$",
                    enumeration = {"none", "minimal", "low", "medium", "high"}) String reasoningEffort,
            @DecimalMin("-2") @DecimalMax("2")
            @Schema(description = "-2 to 2; sent by Chat Completions (OpenAI, Azure OpenAI, OpenAI-compatible "
                    + "servers) and Gemini only") Double frequencyPenalty,
            @DecimalMin("-2") @DecimalMax("2")
            @Schema(description = "-2 to 2; sent by Chat Completions (OpenAI, Azure OpenAI, OpenAI-compatible "
                    + "servers) and Gemini only") Double presencePenalty,
            @Min(value = 1, message = N_RULE) @Max(value = 1, message = N_RULE)
            @Schema(description = "Number of answers: only 1, as an invocation streams one answer") Integer n) {

        static final Parameters NONE = new Parameters(null, null, null, null, null, null, null, null, null);
        static final String REASONING_EFFORTS = "none|minimal|low|medium|high";
        static final String N_RULE = "must be 1: an invocation streams one answer; invoke again for another";

        public Parameters {
            stop = stop == null ? List.of() : stop;
        }
    }

    /** Routing overrides; allowed only together with credentials sent in the same request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Connection(
            @HttpUrl @Schema(description = "An absolute http or https URL with a host, without user-info or "
                    + "fragment") String baseUrl,
            @HttpUrl @Schema(description = "An absolute http or https URL with a host, without user-info or "
                    + "fragment") String azureEndpoint,
            String region) {

        static final Connection NONE = new Connection(null, null, null);
    }
}
