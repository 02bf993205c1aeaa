package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A prompt as listings show it. */
@Schema(name = "Prompt")
public record PromptView(@Schema(required = true) UUID id, @Schema(required = true) String name,
                         @Schema(required = true) String description,
                         @Schema(description = "The highest version number; null before the first version",
                                 nullable = true) Integer latestVersion,
                         @Schema(required = true) List<TagPointer> tags,
                         @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {

    /** A tag and the version number it points at. */
    @Schema(name = "PromptTagPointer")
    public record TagPointer(@Schema(required = true) String name, @Schema(required = true) int version) {
    }
}
