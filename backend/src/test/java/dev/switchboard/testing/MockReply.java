package dev.switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted answer of a {@link MockUpstream}: status and headers, then the body in chunks (each a
 * separate network write, {@link #delay} apart after the first), then how the response ends.
 * Chunks are bytes, so binary bodies (Bedrock's event stream) play as well as text ones; text chunks
 * are UTF-8. Immutable; the {@code with…} methods return changed copies.
 */
public record MockReply(int status, Map<String, String> headers, List<byte[]> chunks, Duration delay,
                        Ending ending) {

    public enum Ending {
        /** The response ends normally. */
        END,
        /**
         * The response ends normally and the connection is closed in the same go, so that the client sees
         * the last data, the end of the body and the close together.
         */
        END_AND_CLOSE,
        /** The connection is closed without ending the response (a reset mid-stream). */
        RESET,
        /** Nothing more is sent and the connection stays open (to trigger the client's idle timeout). */
        HANG
    }

    public MockReply {
        headers = Map.copyOf(headers);
        chunks = List.copyOf(chunks);
    }

    /** A reply whose chunks are text, each written as UTF-8. */
    public static MockReply text(int status, Map<String, String> headers, List<String> chunks, Duration delay,
                                 Ending ending) {
        return new MockReply(status, headers, utf8(chunks), delay, ending);
    }

    /** A 200 event stream whose chunks are the fixture's events, one event per write. */
    public static MockReply sse(String fixture) {
        return text(200, Map.of("Content-Type", "text/event-stream"), Fixtures.events(fixture),
                Duration.ZERO, Ending.END);
    }

    /** A JSON reply, e.g. a provider's error body. */
    public static MockReply json(int status, String body) {
        return text(status, Map.of("Content-Type", "application/json"), List.of(body), Duration.ZERO,
                Ending.END);
    }

    /**
     * A 200 {@code application/vnd.amazon.eventstream} reply (Bedrock's ConverseStream) with the given
     * binary messages, e.g. from {@link EventStreamFrames#fixture}, one message per write; see
     * {@link #inPiecesOf} to split them across writes.
     */
    public static MockReply eventStream(List<byte[]> messages) {
        return new MockReply(200, Map.of("Content-Type", "application/vnd.amazon.eventstream"), messages,
                Duration.ZERO, Ending.END);
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
        return thenBytes(utf8(List.of(more)).toArray(byte[][]::new));
    }

    /** Appends binary chunks, e.g. an exception message inside an event stream. */
    public MockReply thenBytes(byte[]... more) {
        List<byte[]> changed = new ArrayList<>(chunks);
        changed.addAll(List.of(more));
        return new MockReply(status, headers, changed, delay, ending);
    }

    /**
     * The same body cut into writes of {@code size} bytes, across the old chunk boundaries, so the client
     * sees messages split at arbitrary points.
     */
    public MockReply inPiecesOf(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        chunks.forEach(body::writeBytes);
        byte[] all = body.toByteArray();
        List<byte[]> pieces = new ArrayList<>();
        for (int from = 0; from < all.length; from += size) {
            pieces.add(Arrays.copyOfRange(all, from, Math.min(all.length, from + size)));
        }
        return new MockReply(status, headers, pieces, delay, ending);
    }

    /** Closes the connection after the last chunk (and one more {@link #delay}) instead of ending the response. */
    public MockReply thenReset() {
        return new MockReply(status, headers, chunks, delay, Ending.RESET);
    }

    /**
     * Ends the response and closes the connection at once after the last chunk, with a
     * {@code Connection: close} header; with no {@link #delay} everything arrives in one go.
     */
    public MockReply thenEndAndClose() {
        return new MockReply(status, headers, chunks, delay, Ending.END_AND_CLOSE);
    }

    /** Keeps the connection open and silent after the last chunk. */
    public MockReply thenHang() {
        return new MockReply(status, headers, chunks, delay, Ending.HANG);
    }

    private static List<byte[]> utf8(List<String> text) {
        return text.stream().map(chunk -> chunk.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
