package dev.switchboard.upstream.http;

import io.vertx.mutiny.core.buffer.Buffer;

import java.util.List;

/**
 * Cuts a provider's response body into the frames of its wire format: server-sent events
 * ({@link SseParser}) or AWS event-stream messages. One instance per stream, fed the body's chunks in
 * order; {@link UpstreamHttp#frames} drives it.
 */
public interface Framing<T> {

    /**
     * The frames the chunk completes, in order (often none). Throws an {@link UpstreamException}
     * ({@link StreamErrors#malformed}) for a frame that cannot be read or is over the size limit.
     */
    List<T> feed(Buffer chunk);

    /**
     * The body ended. Returns whether it stopped inside a frame: then the provider's answer was cut
     * off, whatever the frames before it said.
     */
    boolean end();
}
