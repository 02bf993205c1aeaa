import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one HTTP/1.1 response from the raw bytes of a connection and times its SSE events, without
 * allocating: the socket reads straight into {@link #in}, {@link #received} takes the bytes together with
 * the time the read returned. Handles chunked transfer encoding, Content-Length and read-to-close bodies.
 *
 * An event is "content" when it carries the mock's stamp {@code ts<digits>} (the OpenAI chunks of the mock
 * and the floor, Switchboard's {@code event: text}); the first one sets the time to first event, each one a
 * chunk latency (arrival minus the stamp) and, from the second on, a gap. An {@code event: error} marks the
 * response as failed.
 */
final class SseResponse {

    private static final int HEAD = 0, CHUNK_SIZE = 1, CHUNK_DATA = 2, CHUNK_END = 3, TRAILER = 4, FIXED = 5,
            TO_CLOSE = 6, DONE = 7;
    private static final byte[] ERROR_EVENT = ascii("event: error");
    private static final byte[] CRLF_CRLF = ascii("\r\n\r\n");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding:");
    private static final byte[] CHUNKED = ascii("chunked");
    private static final byte[] CONTENT_LENGTH = ascii("content-length:");
    private static final byte[] CONNECTION = ascii("connection:");
    private static final byte[] CLOSE = ascii("close");
    /** Fewer digits after "ts" are not a nanoTime stamp (guards against "ts" in ids or names). */
    private static final int MIN_STAMP_DIGITS = 6;

    /** Raw bytes from the connection; the caller reads into in[inEnd..in.length). */
    final byte[] in = new byte[1 << 16];
    int inEnd;
    private int inPos;

    /** The de-chunked body from the start of the first incomplete event. */
    private byte[] body = new byte[1 << 16];
    private int bodyPos, bodyEnd, scanPos;

    private int phase = DONE;
    private long remaining;
    private boolean keepAlive;
    private StreamRun run;

    /** Starts a new response on the same connection. */
    void begin(StreamRun run) {
        this.run = run;
        phase = HEAD;
        remaining = 0;
        keepAlive = true;
        bodyPos = bodyEnd = scanPos = 0;
    }

    /** Forgets buffered bytes (after a connection was closed). */
    void clear() {
        inPos = inEnd = 0;
    }

    boolean keepAlive() {
        return keepAlive;
    }

    /** Whether nothing of the response has arrived yet (a closed idle connection, worth one retry). */
    boolean nothingReceived() {
        return run.ttfb < 0;
    }

    /** Takes n bytes just read into in[inEnd..], read at time now; true once the response is complete. */
    boolean received(int n, long now) {
        if (run.ttfb < 0) {
            run.ttfb = now - run.start;
        }
        inEnd += n;
        while (phase != DONE && step()) {
            // each step consumes one piece of framing or data
        }
        scanEvents(now);
        compact();
        if (phase == DONE) {
            run.total = now - run.start;
            finish();
        }
        return phase == DONE;
    }

    /** The peer closed the connection at time now; true if that completes a read-to-close body. */
    boolean closed(long now) {
        if (phase == TO_CLOSE) {
            phase = DONE;
            keepAlive = false;
            scanEvents(now);
            run.total = now - run.start;
            finish();
            return true;
        }
        keepAlive = false;
        if (run.error == null) {
            run.error = "connection closed before the response ended";
        }
        return false;
    }

    // ------------------------------------------------------------------ HTTP framing

    /** One framing step; false when it needs more bytes. */
    private boolean step() {
        switch (phase) {
            case HEAD:
                return head();
            case CHUNK_SIZE:
                return chunkSize();
            case CHUNK_DATA:
            case FIXED:
                return data();
            case CHUNK_END:
                if (inEnd - inPos < 2) {
                    return false;
                }
                inPos += 2;
                phase = CHUNK_SIZE;
                return true;
            case TRAILER:
                return trailer();
            case TO_CLOSE:
                appendBody(in, inPos, inEnd - inPos);
                inPos = inEnd;
                return false;
            default:
                return false;
        }
    }

    private boolean head() {
        int end = indexOf(in, inPos, inEnd, CRLF_CRLF);
        if (end < 0) {
            if (inEnd == in.length) {
                throw new IllegalStateException("response head larger than " + in.length + " bytes");
            }
            return false;
        }
        run.status = (in[inPos + 9] - '0') * 100 + (in[inPos + 10] - '0') * 10 + (in[inPos + 11] - '0');
        boolean chunked = false;
        long length = -1;
        // Header lines, matched on bytes: no strings, no regular expressions.
        for (int line = indexOf(in, inPos, end, (byte) '\n') + 1; line > 0 && line < end; ) {
            int next = indexOf(in, line, end, (byte) '\n');
            int lineEnd = next < 0 ? end : next;
            if (startsWithIgnoreCase(in, line, lineEnd, TRANSFER_ENCODING)) {
                chunked = containsIgnoreCase(in, line, lineEnd, CHUNKED);
            } else if (startsWithIgnoreCase(in, line, lineEnd, CONTENT_LENGTH)) {
                length = parseDecimal(in, line + CONTENT_LENGTH.length, lineEnd);
            } else if (startsWithIgnoreCase(in, line, lineEnd, CONNECTION)) {
                keepAlive = !containsIgnoreCase(in, line, lineEnd, CLOSE);
            }
            line = next + 1;
        }
        inPos = end + 4;
        if (chunked) {
            phase = CHUNK_SIZE;
        } else if (length >= 0) {
            phase = length == 0 ? DONE : FIXED;
            remaining = length;
        } else {
            phase = TO_CLOSE;
            keepAlive = false;
        }
        return true;
    }

    private boolean chunkSize() {
        int lf = indexOf(in, inPos, inEnd, (byte) '\n');
        if (lf < 0) {
            return false;
        }
        long size = 0;
        for (int i = inPos; i < lf; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0) {
                break; // ';' (extension) or '\r'
            }
            size = size * 16 + d;
        }
        inPos = lf + 1;
        if (size == 0) {
            phase = TRAILER;
        } else {
            phase = CHUNK_DATA;
            remaining = size;
        }
        return true;
    }

    /** Body bytes of a chunk or of a Content-Length body. */
    private boolean data() {
        int k = (int) Math.min(remaining, inEnd - inPos);
        if (k == 0) {
            return false;
        }
        appendBody(in, inPos, k);
        inPos += k;
        remaining -= k;
        if (remaining == 0) {
            phase = phase == FIXED ? DONE : CHUNK_END;
        }
        return true;
    }

    /** Trailer lines after the last chunk, up to the empty line. */
    private boolean trailer() {
        int lf = indexOf(in, inPos, inEnd, (byte) '\n');
        if (lf < 0) {
            return false;
        }
        boolean empty = lf == inPos || (lf == inPos + 1 && in[inPos] == '\r');
        inPos = lf + 1;
        if (empty) {
            phase = DONE;
        }
        return true;
    }

    private void appendBody(byte[] src, int from, int len) {
        if (bodyEnd + len > body.length) {
            if (run.status != 200 && bodyEnd > 0) {
                return; // an error body: its beginning is enough for the message
            }
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyEnd + len));
        }
        System.arraycopy(src, from, body, bodyEnd, len);
        bodyEnd += len;
    }

    /** Drops what was consumed, so the next read lands behind what is still pending. */
    private void compact() {
        if (inPos > 0) {
            System.arraycopy(in, inPos, in, 0, inEnd - inPos);
            inEnd -= inPos;
            inPos = 0;
        }
        if (bodyPos > 0) {
            System.arraycopy(body, bodyPos, body, 0, bodyEnd - bodyPos);
            bodyEnd -= bodyPos;
            scanPos -= bodyPos;
            bodyPos = 0;
        }
    }

    // ------------------------------------------------------------------ SSE events

    /** Every event completed by now: an event ends at an empty line ("\n\n" or "\n\r\n"). */
    private void scanEvents(long now) {
        if (run.status != 200) {
            return; // kept whole for the error message
        }
        for (int i = Math.max(scanPos, bodyPos); i < bodyEnd - 1; i++) {
            if (body[i] != '\n') {
                continue;
            }
            int sep = body[i + 1] == '\n' ? 2 : (body[i + 1] == '\r' && i + 2 < bodyEnd && body[i + 2] == '\n') ? 3 : 0;
            if (sep > 0) {
                onEvent(bodyPos, i, now);
                bodyPos = i + sep;
                i = bodyPos - 1;
            }
        }
        scanPos = Math.max(bodyPos, bodyEnd - 2);
    }

    private void onEvent(int from, int to, long now) {
        if (isErrorEvent(from, to) && run.error == null) {
            run.error = "error event: " + text(from, Math.min(to, from + 200));
        }
        for (int i = from; i < to - 1; i++) {
            if (body[i] == 't' && body[i + 1] == 's') {
                long stamp = 0;
                int d = i + 2;
                while (d < to && body[d] >= '0' && body[d] <= '9') {
                    stamp = stamp * 10 + (body[d++] - '0');
                }
                if (d - i - 2 >= MIN_STAMP_DIGITS) {
                    run.content(now, stamp);
                    return;
                }
            }
        }
    }

    /** "event: error" at the start of one of the event's lines. */
    private boolean isErrorEvent(int from, int to) {
        for (int i = from; i < to; i++) {
            if ((i == from || body[i - 1] == '\n') && startsWith(body, i, to, ERROR_EVENT)) {
                return true;
            }
        }
        return false;
    }

    private void finish() {
        if (run.status != 200 && run.error == null) {
            run.error = "status " + run.status + ": " + text(bodyPos, Math.min(bodyEnd, bodyPos + 300));
        } else if (run.error == null && run.expected > 0 && run.contentChunks != run.expected) {
            run.error = "got " + run.contentChunks + " of " + run.expected + " content chunks";
        }
    }

    private String text(int from, int to) {
        return new String(body, from, to - from, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ byte helpers

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code lower} is lower case ASCII. */
    private static boolean startsWithIgnoreCase(byte[] b, int at, int end, byte[] lower) {
        if (end - at < lower.length) {
            return false;
        }
        for (int k = 0; k < lower.length; k++) {
            byte c = b[at + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(byte[] b, int from, int to, byte[] lower) {
        for (int i = from; i <= to - lower.length; i++) {
            if (startsWithIgnoreCase(b, i, to, lower)) {
                return true;
            }
        }
        return false;
    }

    /** The first run of digits in b[from..to). */
    private static long parseDecimal(byte[] b, int from, int to) {
        int i = from;
        while (i < to && (b[i] < '0' || b[i] > '9')) {
            i++;
        }
        long v = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i++] - '0');
        }
        return v;
    }

    private static int indexOf(byte[] b, int from, int to, byte x) {
        for (int i = from; i < to; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] s) {
        for (int i = from; i <= to - s.length; i++) {
            if (startsWith(b, i, to, s)) {
                return i;
            }
        }
        return -1;
    }
}
