package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a prompt's name or description (its versions never change). */
@Schema(name = "PromptPatch")
public record PromptPatch(@Schema(pattern = "^" + PromptNames.REGEX + "$") String name, String description) {
}
