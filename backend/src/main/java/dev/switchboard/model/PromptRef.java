package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The saved prompt an invocation ran: its name, the version, and the tag that chose it (null when none did). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PromptRef")
public record PromptRef(@Schema(required = true) String name, @Schema(required = true) int version, String tag) {
}
