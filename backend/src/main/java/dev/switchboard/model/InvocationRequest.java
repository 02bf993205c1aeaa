package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
    public record Tool(@NotBlank @Size(max = 128) String name, String description,
                       @Schema(description = "JSON Schema of the arguments") JsonNode parameters) {
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
    public record Parameters(Double temperature, @jakarta.validation.constraints.Positive Integer maxTokens,
                             Double topP, @Size(max = 16) List<String> stop, Long seed,
                             @Schema(description = "minimal, low, medium or high (reasoning models)")
                             String reasoningEffort) {

        static final Parameters NONE = new Parameters(null, null, null, null, null, null);

        public Parameters {
            stop = stop == null ? List.of() : stop;
        }
    }

    /** Routing overrides; allowed only together with credentials sent in the same request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Connection(String baseUrl, String azureEndpoint, String region) {

        static final Connection NONE = new Connection(null, null, null);
    }
}
