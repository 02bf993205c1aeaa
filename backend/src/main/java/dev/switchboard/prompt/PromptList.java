package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of prompts. */
@Schema(name = "PromptList")
public record PromptList(@Schema(required = true) List<PromptView> items,
                         @Schema(required = true, description = "Prompts matching the search, over all pages") long total,
                         @Schema(required = true) int limit, @Schema(required = true) int offset) {
}
