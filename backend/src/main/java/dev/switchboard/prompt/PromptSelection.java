package dev.switchboard.prompt;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Which version to render, and the values of its variables. */
@Schema(name = "PromptRenderRequest")
public record PromptSelection(
        @Schema(description = "A version number; or give tag; neither: the latest version") Integer version,
        @Schema(description = "A tag; or give version") String tag,
        @Schema(description = "Values of the template variables; missing ones are a 422, extra ones are ignored")
        Map<String, String> variables) {

    public PromptSelection {
        variables = variables == null ? Map.of() : variables;
    }
}
