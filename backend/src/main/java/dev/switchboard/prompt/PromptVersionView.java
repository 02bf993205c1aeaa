package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.InvocationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A saved version, as it was saved. */
@Schema(name = "PromptVersion")
public record PromptVersionView(
        @Schema(required = true, description = "The prompt's name") String prompt,
        @Schema(required = true) int number,
        @Schema(required = true) String description,
        @Schema(required = true, enumeration = {"mustache", "f_string", "none"}) String templateFormat,
        @Schema(required = true, description = "The variables the messages use, in order of first use") List<String> variables,
        @Schema(description = "The built-in provider key; null for a custom provider", nullable = true) String provider,
        @Schema(description = "The custom provider; null for a built-in one, or once it was deleted", nullable = true)
        UUID customProviderId,
        @Schema(description = "The custom provider's name when the version was saved", nullable = true)
        String customProviderName,
        @Schema(required = true, description = "The custom provider this version used has been deleted")
        boolean customProviderDeleted,
        @Schema(required = true) String model,
        @Schema(nullable = true) String apiType,
        @Schema(required = true) List<InvocationRequest.Message> messages,
        @Schema(required = true) List<InvocationRequest.Tool> tools,
        @Schema(nullable = true) JsonNode toolChoice,
        @Schema(nullable = true) InvocationRequest.ResponseFormat responseFormat,
        @Schema(required = true) InvocationRequest.Parameters parameters,
        @Schema(required = true) Map<String, String> headers,
        @Schema(required = true, description = "The tags pointing at this version") List<String> tags,
        @Schema(required = true) Instant createdAt) {
}
