package dev.switchboard.prompt;

import dev.switchboard.model.InvocationRequest.Parameters;

/** Parameters given with an invocation of a version, laid over the version's own. */
final class Overrides {

    private Overrides() {
    }

    /** Each field {@code over} sets replaces the version's; stop sequences when it gives any. */
    static Parameters parameters(Parameters saved, Parameters over) {
        if (over == null) {
            return saved;
        }
        return new Parameters(pick(over.temperature(), saved.temperature()), pick(over.maxTokens(), saved.maxTokens()),
                pick(over.topP(), saved.topP()), over.stop().isEmpty() ? saved.stop() : over.stop(),
                pick(over.seed(), saved.seed()), pick(over.reasoningEffort(), saved.reasoningEffort()),
                pick(over.frequencyPenalty(), saved.frequencyPenalty()),
                pick(over.presencePenalty(), saved.presencePenalty()), pick(over.n(), saved.n()));
    }

    private static <T> T pick(T over, T saved) {
        return over != null ? over : saved;
    }
}
