package dev.switchboard.customprovider;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A change to a custom provider: each field given replaces the stored one. {@code config}, when given, is
 * the whole new configuration, except that secret fields left out (or empty) keep their stored values.
 */
@Schema(name = "CustomProviderPatch", description = "Fields given replace the stored ones. config, when given, "
        + "is the whole configuration, but secret fields left out keep their stored values (same auth type only). "
        + "Changing baseUrl, azureEndpoint, endpointUrl or authorityHost, or the sdk (only between openai and "
        + "azure_openai), requires the secrets again.")
public record CustomProviderPatch(String name, String description, String provider,
                                  @Schema(enumeration = {"openai", "azure_openai", "anthropic", "google_genai",
                                          "aws_bedrock"}) String sdk, ConfigInput config,
                                  @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public CustomProviderPatch {
        unknown = unknown == null ? Map.of() : unknown;
    }
}
