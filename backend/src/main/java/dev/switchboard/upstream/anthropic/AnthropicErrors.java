package dev.switchboard.upstream.anthropic;

import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;
import dev.switchboard.upstream.http.UpstreamException;

import java.util.Map;

/**
 * An {@code error} event inside a Messages stream that answered 200. Its error type is classified as
 * the same failure answered with a status would be, through the status Anthropic documents for it:
 * overloaded_error (529) is unavailable, rate_limit_error (429) rate-limited, timeout_error (504) a
 * timeout; api_error and anything else an upstream error.
 */
final class AnthropicErrors {

    private static final Map<String, Integer> STATUS_BY_TYPE = Map.of(
            "overloaded_error", 529,
            "rate_limit_error", 429,
            "timeout_error", 504);

    private AnthropicErrors() {
    }

    static UpstreamException inStream(String provider, AnthropicWire.ErrorBody error, Scrubber scrubber) {
        String type = error == null ? null : error.type();
        return StreamErrors.inStream(provider, type == null ? null : STATUS_BY_TYPE.get(type),
                error == null ? null : error.message(), type, scrubber);
    }
}
