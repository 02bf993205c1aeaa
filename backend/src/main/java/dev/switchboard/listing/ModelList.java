package dev.switchboard.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The suggested models of one provider. */
@Schema(name = "ProviderModels")
public record ModelList(
        @Schema(description = "Provider key", examples = "ANTHROPIC") String provider,
        @Schema(description = "Suggested model names; any other name may be used") List<String> models) {
}
