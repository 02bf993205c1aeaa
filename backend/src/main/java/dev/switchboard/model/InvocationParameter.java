package dev.switchboard.model;

import dev.switchboard.model.InvocationRequest.Parameters;

import java.util.function.Predicate;

/**
 * An invocation parameter ({@code parameters.*} of a request) that a provider may honour. The constants
 * are spelt as the request's members, so they serialise as they are.
 */
public enum InvocationParameter {
    temperature(p -> p.temperature() != null),
    maxTokens(p -> p.maxTokens() != null),
    topP(p -> p.topP() != null),
    stop(p -> !p.stop().isEmpty()),
    seed(p -> p.seed() != null),
    reasoningEffort(p -> p.reasoningEffort() != null),
    frequencyPenalty(p -> p.frequencyPenalty() != null),
    presencePenalty(p -> p.presencePenalty() != null);

    private final Predicate<Parameters> setIn;

    InvocationParameter(Predicate<Parameters> setIn) {
        this.setIn = setIn;
    }

    /** Whether the request's parameters set this one. */
    public boolean isSetIn(Parameters parameters) {
        return setIn.test(parameters);
    }
}
