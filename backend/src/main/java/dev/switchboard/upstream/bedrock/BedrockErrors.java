package dev.switchboard.upstream.bedrock;

import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;
import dev.switchboard.upstream.http.UpstreamException;
import dev.switchboard.upstream.http.UpstreamStatus;

import java.util.Map;

/**
 * Failures inside a ConverseStream that answered 200. Exception frames name their kind in
 * {@code :exception-type}; each kind is documented with the HTTP status Bedrock would give it as a
 * reply, and that status picks the problem type through the one {@link UpstreamStatus} table:
 * throttlingException (429) → rate limited, validationException (400) → rejected,
 * serviceUnavailableException (503) → unavailable, modelTimeoutException (408) → timeout,
 * modelStreamErrorException (424), internalServerException (500) and unknown kinds → upstream error.
 */
final class BedrockErrors {

    private static final Map<String, Integer> STATUS_BY_EXCEPTION = Map.of(
            "throttlingException", 429,
            "validationException", 400,
            "modelStreamErrorException", 424,
            "internalServerException", 500,
            "serviceUnavailableException", 503,
            "modelTimeoutException", 408,
            "accessDeniedException", 403,
            "resourceNotFoundException", 404,
            "modelNotReadyException", 429);

    private BedrockErrors() {
    }

    /** An exception frame ({@code :message-type exception}) with its JSON payload. */
    static UpstreamException exception(String provider, EventStreamMessage message, Scrubber scrubber) {
        String kind = message.header(EventStreamMessage.EXCEPTION_TYPE);
        return StreamErrors.inStream(provider, kind == null ? null : STATUS_BY_EXCEPTION.get(kind),
                kind == null ? "an exception" : kind, UpstreamStatus.providerMessage(message.payloadText()), null,
                scrubber);
    }

    /** An error frame ({@code :message-type error}), which carries its code and message in headers. */
    static UpstreamException error(String provider, EventStreamMessage message, Scrubber scrubber) {
        String code = message.header(EventStreamMessage.ERROR_CODE);
        return StreamErrors.inStream(provider, null, code == null ? "an error" : code,
                message.header(EventStreamMessage.ERROR_MESSAGE), null, scrubber);
    }
}
