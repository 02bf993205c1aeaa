package dev.switchboard.upstream;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.UpstreamException;

/** Failures found inside a provider stream that answered 200, the same for every protocol. */
public final class StreamErrors {

    private StreamErrors() {
    }

    /**
     * An error the provider reported inside the stream.
     *
     * @param type    how to classify it (overloaded and rate-limited errors keep their meaning)
     * @param message the provider's message, unscrubbed, or null
     * @param code    the provider's error code or type, or null
     */
    public static UpstreamException inStream(String provider, ProblemType type, String message, String code,
                                             Scrubber scrubber) {
        String text = message == null || message.isBlank() ? "no message" : scrubber.scrub(message);
        String detail = "The provider reported an error during the stream: " + text
                + (code == null || code.isBlank() || text.contains(code) ? "" : " (" + code + ")");
        return new UpstreamException(type, detail, provider, null, null);
    }

    /** The stream ended without a terminal event. */
    public static UpstreamException truncated(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider closed the stream before the answer was finished.", provider, null, null);
    }

    /** A whole (non-streamed) answer that is not the JSON the protocol promises; its content is not quoted. */
    public static UpstreamException unreadableAnswer(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider's answer is not valid JSON.", provider, null, null);
    }

    /** An event whose data is not the JSON the protocol promises; its content is not quoted. */
    public static UpstreamException unreadable(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider sent a stream event that is not valid JSON.", provider, null, null);
    }
}
