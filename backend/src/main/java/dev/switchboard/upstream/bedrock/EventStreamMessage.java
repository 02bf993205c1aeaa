package dev.switchboard.upstream.bedrock;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One decoded {@code application/vnd.amazon.eventstream} message.
 *
 * @param headers header values by name: Boolean, Byte, Short, Integer, Long, byte[], String,
 *                java.time.Instant (timestamp) or java.util.UUID, by the header's wire type
 * @param payload the payload bytes (JSON for Bedrock)
 */
record EventStreamMessage(Map<String, Object> headers, byte[] payload) {

    static final String MESSAGE_TYPE = ":message-type";
    static final String EVENT_TYPE = ":event-type";
    static final String EXCEPTION_TYPE = ":exception-type";
    static final String ERROR_CODE = ":error-code";
    static final String ERROR_MESSAGE = ":error-message";

    EventStreamMessage {
        headers = Map.copyOf(headers);
    }

    /** A header's value when it is a string, else null. */
    String header(String name) {
        return headers.get(name) instanceof String value ? value : null;
    }

    /** {@code event}, {@code exception} or {@code error}; absent means event. */
    String messageType() {
        String type = header(MESSAGE_TYPE);
        return type == null ? "event" : type;
    }

    String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
