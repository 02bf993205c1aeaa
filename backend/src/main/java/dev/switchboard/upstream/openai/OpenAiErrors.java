package dev.switchboard.upstream.openai;

import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;
import dev.switchboard.upstream.http.UpstreamException;

/** An error object inside an OpenAI-protocol stream that answered 200; it carries no status, so it is an upstream error. */
final class OpenAiErrors {

    private OpenAiErrors() {
    }

    /** An error object in the stream (a Chat chunk with {@code error}, a Responses {@code error} or failure). */
    static UpstreamException inStream(String provider, ChatWire.ErrorBody error, Scrubber scrubber) {
        String code = error == null || error.code() == null || error.code().isNull() ? null : error.code().asText();
        return StreamErrors.inStream(provider, null, error == null ? null : error.message(), code, scrubber);
    }
}
