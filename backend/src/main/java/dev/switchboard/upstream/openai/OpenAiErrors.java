package dev.switchboard.upstream.openai;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.upstream.StreamErrors;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;

/** Failures found inside an OpenAI-protocol stream that answered 200. */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    /** An error object in the stream (a Chat chunk with {@code error}, a Responses {@code error} or failure). */
    static UpstreamException inStream(String provider, ChatWire.ErrorBody error, Scrubber scrubber) {
        String code = error == null || error.code() == null || error.code().isNull() ? null : error.code().asText();
        return StreamErrors.inStream(provider, ProblemType.UPSTREAM_ERROR, error == null ? null : error.message(),
                code, scrubber);
    }

    /** The stream ended without a terminal event. */
    static UpstreamException truncated(String provider) {
        return StreamErrors.truncated(provider);
    }

    /** An event whose data is not the JSON the protocol promises; its content is not quoted. */
    static UpstreamException unreadable(String provider) {
        return StreamErrors.unreadable(provider);
    }
}
