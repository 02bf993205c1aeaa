package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A tag and the version it points at. */
@Schema(name = "PromptTag")
public record PromptTagView(@Schema(required = true) String name, @Schema(required = true) int version,
                            @Schema(required = true) Instant updatedAt) {
}
