package dev.switchboard.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;

import java.util.List;

/**
 * The invocation's {@code toolChoice} ({@code "auto"}, {@code "none"}, {@code "required"} or
 * {@code {"name": "tool"}}), read once for the protocols that spell it differently from OpenAI.
 *
 * @param name the tool's name for {@link Mode#NAMED}, else null
 */
public record ToolChoice(Mode mode, String name) {

    public enum Mode { AUTO, NONE, REQUIRED, NAMED }

    private static final String FIELD = "toolChoice";

    /** The choice, or null when the request left it to the provider. */
    public static ToolChoice of(JsonNode choice) {
        if (choice == null || choice.isNull() || choice.isMissingNode()) {
            return null;
        }
        if (choice.isObject() && choice.path("name").isTextual() && !choice.path("name").asText().isBlank()) {
            return new ToolChoice(Mode.NAMED, choice.path("name").asText());
        }
        if (choice.isTextual()) {
            switch (choice.asText()) {
                case "auto":
                    return new ToolChoice(Mode.AUTO, null);
                case "none":
                    return new ToolChoice(Mode.NONE, null);
                case "required":
                    return new ToolChoice(Mode.REQUIRED, null);
                default:
                    break;
            }
        }
        throw new ProblemException(ProblemType.VALIDATION, "The tool choice is not one this server knows.",
                List.of(new FieldError(FIELD, "must be \"auto\", \"none\", \"required\" or {\"name\": \"tool\"}")));
    }
}
