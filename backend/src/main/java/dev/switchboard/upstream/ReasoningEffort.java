package dev.switchboard.upstream;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;

import java.util.List;
import java.util.Locale;

/**
 * {@code parameters.reasoningEffort} for the protocols that have no such word and turn it into a
 * thinking budget (Anthropic, Gemini). OpenAI's servers take the word itself and judge it.
 */
public enum ReasoningEffort {
    NONE, MINIMAL, LOW, MEDIUM, HIGH;

    private static final String FIELD = "parameters.reasoningEffort";

    /** The effort, or null when the request did not ask for one. */
    public static ReasoningEffort of(String effort) {
        if (effort == null || effort.isBlank()) {
            return null;
        }
        try {
            return valueOf(effort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "The reasoning effort is not one this provider takes.",
                    List.of(new FieldError(FIELD, "must be none, minimal, low, medium or high")));
        }
    }
}
