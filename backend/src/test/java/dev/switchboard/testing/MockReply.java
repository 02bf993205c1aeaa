package dev.switchboard.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted answer of a {@link MockUpstream}: status and headers, then the body in chunks (each a
 * separate network write, {@link #delay} apart after the first), then how the response ends.
 * Immutable; the {@code with…} methods return changed copies.
 */
public record MockReply(int status, Map<String, String> headers, List<String> chunks, Duration delay,
                        Ending ending) {

    public enum Ending {
        /** The response ends normally. */
        END,
        /** The connection is closed without ending the response (a reset mid-stream). */
        RESET,
        /** Nothing more is sent and the connection stays open (to trigger the client's idle timeout). */
        HANG
    }

    public MockReply {
        headers = Map.copyOf(headers);
        chunks = List.copyOf(chunks);
    }

    /** A 200 event stream whose chunks are the fixture's events, one event per write. */
    public static MockReply sse(String fixture) {
        return new MockReply(200, Map.of("Content-Type", "text/event-stream"), Fixtures.events(fixture),
                Duration.ZERO, Ending.END);
    }

    /** A JSON reply, e.g. a provider's error body. */
    public static MockReply json(int status, String body) {
        return new MockReply(status, Map.of("Content-Type", "application/json"), List.of(body), Duration.ZERO,
                Ending.END);
    }

    /** A 200 event stream that sends its headers and then nothing. */
    public static MockReply hangAfterHeaders() {
        return new MockReply(200, Map.of("Content-Type", "text/event-stream"), List.of(), Duration.ZERO,
                Ending.HANG);
    }

    public MockReply withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new MockReply(status, changed, chunks, delay, ending);
    }

    /** Waits {@code pause} before each chunk after the first (a slow drip). */
    public MockReply withDelay(Duration pause) {
        return new MockReply(status, headers, chunks, pause, ending);
    }

    /** Sends only the first {@code count} chunks. */
    public MockReply firstChunks(int count) {
        return new MockReply(status, headers, chunks.subList(0, Math.min(count, chunks.size())), delay, ending);
    }

    /** Appends chunks, e.g. an error event inside a 200 stream. */
    public MockReply thenChunks(String... more) {
        List<String> changed = new ArrayList<>(chunks);
        changed.addAll(List.of(more));
        return new MockReply(status, headers, changed, delay, ending);
    }

    /** Closes the connection after the last chunk (and one more {@link #delay}) instead of ending the response. */
    public MockReply thenReset() {
        return new MockReply(status, headers, chunks, delay, Ending.RESET);
    }

    /** Keeps the connection open and silent after the last chunk. */
    public MockReply thenHang() {
        return new MockReply(status, headers, chunks, delay, Ending.HANG);
    }
}
