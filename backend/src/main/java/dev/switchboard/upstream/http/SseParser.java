package dev.switchboard.upstream.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Incremental parser for {@code text/event-stream}, following the WHATWG "interpreting an event
 * stream" rules. Feed it network chunks as they arrive; it returns the events each chunk completes.
 * <p>
 * It holds only the current partial line and the current event, never the stream, and refuses an
 * event (all its lines up to the blank line) bigger than the configured maximum with an
 * {@link UpstreamException} of kind upstream-protocol. Lines are split on bytes and decoded as UTF-8
 * afterwards, so a character split across chunks decodes correctly. Not thread-safe: one parser per
 * stream, fed in order. After it has thrown, discard it.
 */
public final class SseParser implements Framing<SseEvent> {

    public static final int DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Buffers that grew past this for one big event are dropped afterwards rather than kept per stream. */
    private static final int RETAINED_CAPACITY = 64 * 1024;

    private final int maxEventBytes;

    private byte[] line = new byte[256];
    private int lineLength;
    /** The previous byte was CR: an LF now ends the same line (CRLF may be split across chunks). */
    private boolean skipLf;
    /** Bytes of a leading BOM matched so far; -1 once past the start of the stream. */
    private int bomMatched;
    /** Bytes of the lines of the current event so far, for the size limit. */
    private long eventBytes;
    /** A field line (not a comment) has been read since the last blank line: an event is under way. */
    private boolean inEvent;

    private StringBuilder data = new StringBuilder();
    private String eventType = "";
    private String lastEventId = "";

    public SseParser() {
        this(DEFAULT_MAX_EVENT_BYTES);
    }

    public SseParser(int maxEventBytes) {
        if (maxEventBytes < 1) {
            throw new IllegalArgumentException("maxEventBytes must be positive");
        }
        this.maxEventBytes = maxEventBytes;
    }

    @Override
    public List<SseEvent> feed(io.vertx.mutiny.core.buffer.Buffer chunk) {
        return feed(chunk.getDelegate());
    }

    public List<SseEvent> feed(io.vertx.core.buffer.Buffer chunk) {
        return feed(chunk.getBytes());
    }

    public List<SseEvent> feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    /** Consumes the bytes and returns the events they complete, in order (often none). */
    public List<SseEvent> feed(byte[] chunk, int offset, int length) {
        int end = offset + length;
        int i = skipBom(chunk, offset, end);
        int start = i;
        List<SseEvent> events = List.of();
        while (i < end) {
            byte b = chunk[i];
            if (skipLf) {
                skipLf = false;
                if (b == LF) {
                    start = ++i;
                    continue;
                }
            }
            if (b == CR || b == LF) {
                SseEvent event = completeLine(chunk, start, i - start);
                if (event != null) {
                    if (events.isEmpty()) {
                        events = new ArrayList<>(2);
                    }
                    events.add(event);
                }
                skipLf = b == CR;
                start = ++i;
            } else {
                i++;
            }
        }
        if (start < end) {
            append(chunk, start, end - start);
        }
        return events;
    }

    /**
     * The stream ended. An event without its closing blank line is discarded, as the spec says, and
     * reported: every provider ends its last event with the blank line, so a stream that stops before
     * it was cut off in the middle of an event, also when the cut fell just after a line of it (a
     * final {@code data:} line ended by a single newline is not dispatched). A pending comment, such
     * as a keep-alive cut short, belongs to no event and is not reported.
     *
     * @return whether something was discarded (a stream cut off mid-event); the parser is reset
     */
    @Override
    public boolean end() {
        boolean partial = inEvent || (lineLength > 0 && line[0] != ':');
        lineLength = 0;
        eventBytes = 0;
        data.setLength(0);
        eventType = "";
        inEvent = false;
        skipLf = false;
        return partial;
    }

    private int skipBom(byte[] chunk, int i, int end) {
        while (bomMatched >= 0 && i < end) {
            if (chunk[i] == BOM[bomMatched]) {
                i++;
                bomMatched++;
                if (bomMatched == BOM.length) {
                    bomMatched = -1;
                }
            } else {
                // Not a BOM after all: what matched so far is ordinary content.
                append(BOM, 0, bomMatched);
                bomMatched = -1;
            }
        }
        return i;
    }

    private void append(byte[] bytes, int offset, int length) {
        if (eventBytes + lineLength + length > maxEventBytes) {
            throw tooLarge();
        }
        if (lineLength + length > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, lineLength + length)];
            System.arraycopy(line, 0, bigger, 0, lineLength);
            line = bigger;
        }
        System.arraycopy(bytes, offset, line, lineLength, length);
        lineLength += length;
    }

    private SseEvent completeLine(byte[] chunk, int start, int length) {
        if (lineLength == 0) {
            return processLine(chunk, start, length);
        }
        append(chunk, start, length);
        SseEvent event = processLine(line, 0, lineLength);
        lineLength = 0;
        if (line.length > RETAINED_CAPACITY) {
            line = new byte[256];
        }
        return event;
    }

    private SseEvent processLine(byte[] buf, int off, int len) {
        if (len == 0) {
            return dispatch();
        }
        eventBytes += len + 1;
        if (eventBytes > maxEventBytes) {
            throw tooLarge();
        }
        if (buf[off] == ':') {
            return null; // a comment, e.g. a keep-alive
        }
        inEvent = true;
        int colon = indexOf(buf, off, off + len, (byte) ':');
        int fieldEnd = colon < 0 ? off + len : colon;
        int valueStart = colon < 0 ? off + len : colon + 1;
        if (valueStart < off + len && buf[valueStart] == ' ') {
            valueStart++;
        }
        int valueLength = off + len - valueStart;
        if (is(buf, off, fieldEnd, "data")) {
            data.append(new String(buf, valueStart, valueLength, StandardCharsets.UTF_8)).append('\n');
        } else if (is(buf, off, fieldEnd, "event")) {
            eventType = new String(buf, valueStart, valueLength, StandardCharsets.UTF_8);
        } else if (is(buf, off, fieldEnd, "id")) {
            if (indexOf(buf, valueStart, off + len, (byte) 0) < 0) {
                lastEventId = new String(buf, valueStart, valueLength, StandardCharsets.UTF_8);
            }
        }
        // "retry" and unknown fields are ignored: reconnection is not ours to do.
        return null;
    }

    private SseEvent dispatch() {
        eventBytes = 0;
        inEvent = false;
        SseEvent event = null;
        if (!data.isEmpty()) {
            data.setLength(data.length() - 1); // the LF after the last data line
            event = new SseEvent(eventType.isEmpty() ? "message" : eventType, data.toString(), lastEventId);
        }
        data.setLength(0);
        if (data.capacity() > RETAINED_CAPACITY) {
            data = new StringBuilder();
        }
        eventType = "";
        return event;
    }

    private UpstreamException tooLarge() {
        return StreamErrors.malformed("The upstream sent a server-sent event larger than the limit of "
                + maxEventBytes + " bytes.");
    }

    private static int indexOf(byte[] buf, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean is(byte[] buf, int from, int to, String ascii) {
        if (to - from != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
