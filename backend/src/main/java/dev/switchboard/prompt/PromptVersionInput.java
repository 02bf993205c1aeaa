package dev.switchboard.prompt;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.InvocationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A new version: an invocation without credentials or connection, its messages templates. */
@Schema(name = "PromptVersionInput")
public record PromptVersionInput(
        @Schema(description = "What changed in this version") String description,
        @Schema(description = "How the messages name variables: mustache ({{ name }}, the default), f_string "
                + "({name}) or none", enumeration = {"mustache", "f_string", "none"}) String templateFormat,
        @Schema(description = "A built-in provider key; or give customProviderId") String provider,
        @Schema(description = "A custom provider; or give provider") UUID customProviderId,
        @Schema(required = true) String model,
        @Schema(enumeration = {"chat_completions", "responses"}) String apiType,
        @Schema(required = true) List<InvocationRequest.Message> messages,
        List<InvocationRequest.Tool> tools,
        @Schema(description = "\"auto\", \"none\", \"required\" or {\"name\": \"tool\"}") JsonNode toolChoice,
        InvocationRequest.ResponseFormat responseFormat,
        InvocationRequest.Parameters parameters,
        @Schema(description = "Extra HTTP headers; authentication headers are refused") Map<String, String> headers,
        @Schema(hidden = true) JsonNode credentials,
        @Schema(hidden = true) JsonNode connection,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public PromptVersionInput {
        unknown = unknown == null ? Map.of() : unknown;
    }

    /** The invocation this version describes, for the invocation's own checks. */
    InvocationRequest asInvocation() {
        return new InvocationRequest(provider, customProviderId, model, apiType, messages, tools, toolChoice,
                responseFormat, parameters, null, headers, null);
    }
}
