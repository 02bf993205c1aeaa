package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One move of a tag. */
@Schema(name = "PromptTagHistoryEntry")
public record TagHistoryEntry(
        @Schema(description = "The version it pointed at from then; null when the tag was deleted", nullable = true)
        Integer version,
        @Schema(description = "The version it pointed at before; null when the tag was new", nullable = true)
        Integer previousVersion,
        @Schema(required = true) Instant movedAt) {
}
