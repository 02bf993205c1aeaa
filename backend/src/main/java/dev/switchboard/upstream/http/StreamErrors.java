package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemType;

/**
 * Failures of a provider's answer after it replied 2xx, the same for every protocol: errors it reported
 * inside the stream, streams cut off, and answers that cannot be read. With {@link UpstreamStatus}
 * (failures of the call itself) this is where every {@link UpstreamException} is made; protocols only
 * say what their error looks like.
 */
public final class StreamErrors {

    private StreamErrors() {
    }

    /**
     * An error the provider reported inside the stream.
     *
     * @param status  the HTTP status the error stands for, classified by the {@link UpstreamStatus} table
     *                (Google's errors carry it; other protocols document one per error kind), or null
     *                for an upstream error
     * @param message the provider's message, unscrubbed, or null
     * @param code    the provider's error code or type, or null
     */
    public static UpstreamException inStream(String provider, Integer status, String message, String code,
                                             Scrubber scrubber) {
        return inStream(provider, status, "an error", message, code, scrubber);
    }

    /**
     * An error the provider reported inside the stream, named in the detail by its kind.
     *
     * @param what how the detail names the error: "an error", or the provider's name for its kind
     *             (Bedrock's exception types)
     * @see #inStream(String, Integer, String, String, Scrubber)
     */
    public static UpstreamException inStream(String provider, Integer status, String what, String message,
                                             String code, Scrubber scrubber) {
        String cleaned = UpstreamStatus.clean(message, scrubber);
        String text = cleaned == null || cleaned.isEmpty() ? "no message" : cleaned;
        String detail = "The provider reported " + what + " during the stream: " + text
                + (code == null || code.isBlank() || text.contains(code) ? "" : " (" + code + ")");
        ProblemType type = status == null ? ProblemType.UPSTREAM_ERROR : UpstreamStatus.typeFor(status);
        return new UpstreamException(type, detail, provider, null, null);
    }

    /**
     * The stream ended before the provider said the answer was done: without its terminal event, or
     * in the middle of an event.
     */
    public static UpstreamException truncated(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider closed the stream before the answer was finished.", provider, null, null);
    }

    /** An event whose data is not the JSON the protocol promises; its content is not quoted. */
    public static UpstreamException unreadable(String provider) {
        return unreadable(provider, "stream");
    }

    /** @param event the protocol's name for the event (Bedrock's event types) */
    public static UpstreamException unreadable(String provider, String event) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider sent a " + event + " event that is not valid JSON.", provider, null, null);
    }

    /** A whole (non-streamed) answer that is not the JSON the protocol promises; its content is not quoted. */
    public static UpstreamException unreadableAnswer(String provider) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL,
                "The provider's answer is not valid JSON.", provider, null, null);
    }

    /** A whole answer over {@code switchboard.upstream.max-answer-size}. */
    static UpstreamException answerTooLarge(String provider, long limit) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL, "The provider's answer is larger than "
                + limit + " bytes (switchboard.upstream.max-answer-size).", provider, null, null);
    }

    /**
     * A stream that cannot be framed: a corrupt or oversized frame. Framings do not know the provider;
     * {@link UpstreamHttp} attributes the failure.
     */
    public static UpstreamException malformed(String detail) {
        return new UpstreamException(ProblemType.UPSTREAM_PROTOCOL, detail, null, null, null);
    }
}
