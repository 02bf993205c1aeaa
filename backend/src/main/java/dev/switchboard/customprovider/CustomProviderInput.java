package dev.switchboard.customprovider;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The body that creates a custom provider, or tests a configuration before it is saved. */
@Schema(name = "CustomProviderInput")
public record CustomProviderInput(
        @Schema(description = "1-64 characters, no '/', unique regardless of case, not a built-in provider key; "
                + "optional when only testing", examples = "team-openai") String name,
        @Schema(description = "Free text") String description,
        @Schema(description = "A label shown in the UI, e.g. the vendor behind an OpenAI-compatible server",
                examples = "OpenAI via the team proxy") String provider,
        @Schema(required = true, enumeration = {"openai", "azure_openai", "anthropic", "google_genai", "aws_bedrock"},
                description = "The wire protocol") String sdk,
        @Schema(required = true) ConfigInput config,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public CustomProviderInput {
        unknown = unknown == null ? Map.of() : unknown;
    }
}
