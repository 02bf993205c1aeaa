package dev.switchboard.upstream.openai;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;

/** Failures found inside an OpenAI-protocol stream that answered 200. */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    /** An error object in the stream (a Chat chunk with {@code error}, a Responses {@code error} or failure). */
    static UpstreamException inStream(String provider, ChatWire.ErrorBody error, Scrubber scrubber) {
        String message = error == null || error.message() == null ? "no message" : scrubber.scrub(error.message());
        String code = error == null || error.code() == null || error.code().isNull() ? null : error.code().asText();
        String detail = "The provider reported an error during the stream: " + message
                + (code == null || message.contains(code) ? "" : " (" + code + ")");
        return new UpstreamException(ProblemType.UPSTREAM_ERROR, detail, provider, null, null);
    }

    /** The stream ended without a terminal event. */
    static UpstreamException truncated(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider closed the stream before the answer was finished.", provider, null, null);
    }

    /** An event whose data is not the JSON the protocol promises; its content is not quoted. */
    static UpstreamException unreadable(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider sent a stream event that is not valid JSON.", provider, null, null);
    }
}
