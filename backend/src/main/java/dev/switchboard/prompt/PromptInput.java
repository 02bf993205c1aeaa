package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new prompt, with its first version when one is given. */
@Schema(name = "PromptInput")
public record PromptInput(
        @Schema(required = true, pattern = "^" + PromptNames.REGEX + "$", examples = "support-answer") String name,
        String description,
        @Schema(description = "Version 1, saved in the same transaction") PromptVersionInput version) {
}
