package dev.switchboard.customprovider.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The suggested models of a custom provider: those of the built-in provider of its sdk. */
@Schema(name = "CustomProviderModels")
public record CustomProviderModels(
        @Schema(required = true) UUID customProviderId,
        @Schema(required = true, description = "Suggested model names; any other name may be used") List<String> models) {
}
