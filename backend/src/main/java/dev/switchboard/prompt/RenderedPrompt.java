package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.InvocationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A version with its variables filled in: what a script sends to a provider with its own SDK. */
@Schema(name = "RenderedPrompt")
public record RenderedPrompt(
        @Schema(required = true) String prompt, @Schema(required = true) int version,
        @Schema(nullable = true, description = "The tag that chose the version, if one did") String tag,
        @Schema(required = true) List<InvocationRequest.Message> messages,
        @Schema(nullable = true) String provider, @Schema(nullable = true) UUID customProviderId,
        @Schema(nullable = true) String customProviderName,
        @Schema(required = true, description = "The custom provider this version used has been deleted (then "
                + "customProviderId is null and customProviderName says which it was)") boolean customProviderDeleted,
        @Schema(required = true) String model, @Schema(nullable = true) String apiType,
        @Schema(required = true) InvocationRequest.Parameters parameters,
        @Schema(required = true) List<InvocationRequest.Tool> tools,
        @Schema(nullable = true) JsonNode toolChoice,
        @Schema(nullable = true) InvocationRequest.ResponseFormat responseFormat,
        @Schema(required = true) Map<String, String> headers) {
}
