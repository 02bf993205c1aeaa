package dev.switchboard.upstream.gemini;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.upstream.StreamErrors;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;
import dev.switchboard.upstream.http.UpstreamStatus;

/**
 * An error object inside a stream that answered 200 ({@code data: {"error": {...}}}). Google's error
 * carries the HTTP status it stands for, so it is classified by the shared status table.
 */
final class GeminiErrors {

    private GeminiErrors() {
    }

    static UpstreamException inStream(String provider, GeminiWire.ErrorBody error, Scrubber scrubber) {
        ProblemType type = error.code() == null ? ProblemType.UPSTREAM_ERROR : UpstreamStatus.typeFor(error.code());
        return StreamErrors.inStream(provider, type, error.message(), error.status(), scrubber);
    }
}
