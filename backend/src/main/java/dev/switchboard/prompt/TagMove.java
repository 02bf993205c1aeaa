package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /prompts/{name}/tags/{tag}}. */
@Schema(name = "PromptTagMove")
public record TagMove(@Schema(required = true, description = "The version number the tag points at from now on")
                      Integer version) {
}
