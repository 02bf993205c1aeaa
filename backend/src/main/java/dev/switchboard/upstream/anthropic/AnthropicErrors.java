package dev.switchboard.upstream.anthropic;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.upstream.StreamErrors;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;

/**
 * An {@code error} event inside a Messages stream that answered 200. Its error type is classified as
 * the same failure answered with a status would be: overloaded_error (HTTP 529) is unavailable,
 * rate_limit_error (429) rate-limited, anything else an upstream error.
 */
final class AnthropicErrors {

    private AnthropicErrors() {
    }

    static UpstreamException inStream(String provider, AnthropicWire.ErrorBody error, Scrubber scrubber) {
        String type = error == null ? null : error.type();
        return StreamErrors.inStream(provider, typeFor(type), error == null ? null : error.message(), type, scrubber);
    }

    static ProblemType typeFor(String errorType) {
        if (errorType == null) {
            return ProblemType.UPSTREAM_ERROR;
        }
        return switch (errorType) {
            case "overloaded_error" -> ProblemType.UPSTREAM_UNAVAILABLE;
            case "rate_limit_error" -> ProblemType.UPSTREAM_RATE_LIMITED;
            case "timeout_error" -> ProblemType.UPSTREAM_TIMEOUT;
            default -> ProblemType.UPSTREAM_ERROR;
        };
    }
}
