package dev.switchboard.upstream.bedrock;

import dev.switchboard.upstream.http.Framing;
import dev.switchboard.upstream.http.StreamErrors;
import io.vertx.mutiny.core.buffer.Buffer;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Incremental decoder of {@code application/vnd.amazon.eventstream}. Chunks may split a message
 * anywhere or hold several; each {@link #feed} returns the messages it completed. Layout, all
 * big-endian:
 * <pre>
 * total length u32 | headers length u32 | prelude CRC32 (of the 8 bytes before)
 * headers (name length u8, name, value type u8, value)… | payload | message CRC32 (of everything before)
 * </pre>
 * Both CRCs are checked (CRC32 as in gzip). A bad CRC, inconsistent lengths, an unknown header type or
 * a message over the size limit fail as an upstream protocol problem, so a corrupt stream ends the call
 * instead of hanging it; a stream that ends inside a message is reported by {@link #end} (a cut-off
 * answer, see {@link dev.switchboard.upstream.http.UpstreamHttp#frames}). One instance per stream.
 */
final class EventStreamDecoder implements Framing<EventStreamMessage> {

    static final int PRELUDE_LENGTH = 12;
    static final int MINIMUM_LENGTH = PRELUDE_LENGTH + 4;

    private final int maxMessageSize;
    /** Bytes received and not yet part of a returned message: {@code data[0, length)}. */
    private byte[] data = new byte[0];
    private int length;

    /** @param maxMessageSize the largest total message length accepted */
    EventStreamDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /** Adds a chunk; returns the messages it completed, in order. */
    @Override
    public List<EventStreamMessage> feed(Buffer chunk) {
        return feed(chunk.getBytes());
    }

    List<EventStreamMessage> feed(byte[] chunk) {
        append(chunk);
        List<EventStreamMessage> messages = new ArrayList<>(1);
        int offset = 0;
        while (length - offset >= PRELUDE_LENGTH) {
            ByteBuffer prelude = ByteBuffer.wrap(data, offset, PRELUDE_LENGTH);
            long totalLength = Integer.toUnsignedLong(prelude.getInt());
            long headersLength = Integer.toUnsignedLong(prelude.getInt());
            long preludeCrc = Integer.toUnsignedLong(prelude.getInt());
            if (crc(data, offset, 8) != preludeCrc) {
                throw StreamErrors.malformed("The provider's event stream is corrupt (prelude checksum mismatch).");
            }
            if (totalLength < MINIMUM_LENGTH || headersLength > totalLength - MINIMUM_LENGTH) {
                throw StreamErrors.malformed("The provider's event stream is corrupt (inconsistent message lengths).");
            }
            if (totalLength > maxMessageSize) {
                throw StreamErrors.malformed("The provider sent an event stream message of " + totalLength
                        + " bytes, more than the limit of " + maxMessageSize + ".");
            }
            if (length - offset < totalLength) {
                break;
            }
            messages.add(message(data, offset, (int) totalLength, (int) headersLength));
            offset += (int) totalLength;
        }
        System.arraycopy(data, offset, data, 0, length - offset);
        length -= offset;
        return messages;
    }

    /** Appends with doubling growth, so a message arriving in many small chunks costs linear time. */
    private void append(byte[] chunk) {
        if (length + chunk.length > data.length) {
            data = Arrays.copyOf(data, Math.max(length + chunk.length, 2 * data.length));
        }
        System.arraycopy(chunk, 0, data, length, chunk.length);
        length += chunk.length;
    }

    /** The response ended: returns whether it stopped inside a message. */
    @Override
    public boolean end() {
        boolean partial = length > 0;
        length = 0;
        return partial;
    }

    private static EventStreamMessage message(byte[] data, int offset, int totalLength, int headersLength) {
        int crcAt = offset + totalLength - 4;
        long messageCrc = Integer.toUnsignedLong(ByteBuffer.wrap(data, crcAt, 4).getInt());
        if (crc(data, offset, totalLength - 4) != messageCrc) {
            throw StreamErrors.malformed("The provider's event stream is corrupt (message checksum mismatch).");
        }
        int headersStart = offset + PRELUDE_LENGTH;
        Map<String, Object> headers = headers(ByteBuffer.wrap(data, headersStart, headersLength).slice());
        int payloadStart = headersStart + headersLength;
        byte[] payload = Arrays.copyOfRange(data, payloadStart, crcAt);
        return new EventStreamMessage(headers, payload);
    }

    private static Map<String, Object> headers(ByteBuffer in) {
        Map<String, Object> headers = new LinkedHashMap<>();
        try {
            while (in.hasRemaining()) {
                String name = new String(bytes(in, Byte.toUnsignedInt(in.get())), StandardCharsets.UTF_8);
                int type = in.get();
                Object value = switch (type) {
                    case 0 -> Boolean.TRUE;
                    case 1 -> Boolean.FALSE;
                    case 2 -> in.get();
                    case 3 -> in.getShort();
                    case 4 -> in.getInt();
                    case 5 -> in.getLong();
                    case 6 -> bytes(in, Short.toUnsignedInt(in.getShort()));
                    case 7 -> new String(bytes(in, Short.toUnsignedInt(in.getShort())), StandardCharsets.UTF_8);
                    case 8 -> Instant.ofEpochMilli(in.getLong());
                    case 9 -> new UUID(in.getLong(), in.getLong());
                    default -> throw StreamErrors.malformed(
                            "The provider's event stream has a header of unknown type " + type + ".");
                };
                headers.put(name, value);
            }
        } catch (BufferUnderflowException e) {
            throw StreamErrors.malformed("The provider's event stream is corrupt (a header overruns its section).");
        }
        return headers;
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] out = new byte[length];
        in.get(out);
        return out;
    }

    private static long crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
