package dev.switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * A test-side encoder of {@code application/vnd.amazon.eventstream} messages (prelude, headers, payload,
 * both CRC32s), and the reader of the Bedrock fixtures ({@code fixtures/bedrock/*.jsonl}). Shared by the
 * decoder and mapper tests and by {@link MockReply#eventStream}, which plays the frames over HTTP.
 */
public final class EventStreamFrames {

    /** Prelude (total length, headers length, prelude CRC) plus the message CRC. */
    public static final int MINIMUM_LENGTH = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventStreamFrames() {
    }

    /** One message; header values are encoded by their Java type, as the decoder reads them back. */
    public static byte[] frame(Map<String, Object> headers, byte[] payload) {
        byte[] headerBytes = headers(headers);
        int total = MINIMUM_LENGTH + headerBytes.length + payload.length;
        ByteBuffer out = ByteBuffer.allocate(total);
        out.putInt(total).putInt(headerBytes.length);
        out.putInt((int) crc(out.array(), 0, 8));
        out.put(headerBytes).put(payload);
        out.putInt((int) crc(out.array(), 0, total - 4));
        return out.array();
    }

    public static byte[] event(String eventType, String jsonPayload) {
        return jsonMessage("event", eventType, jsonPayload);
    }

    public static byte[] exception(String exceptionType, String jsonPayload) {
        return jsonMessage("exception", exceptionType, jsonPayload);
    }

    /** A JSON message of type {@code event} or {@code exception}, named in its {@code :<type>-type} header. */
    private static byte[] jsonMessage(String messageType, String type, String jsonPayload) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(":" + messageType + "-type", type);
        headers.put(":content-type", "application/json");
        headers.put(":message-type", messageType);
        return frame(headers, jsonPayload.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] concat(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /**
     * Reads a fixture: one message per line, {@code {"event": type, "payload": {...}}} or
     * {@code {"exception": type, "payload": {...}}}; blank lines and lines starting with # are skipped.
     */
    public static List<byte[]> fixture(String name) {
        try (InputStream in = EventStreamFrames.class.getResourceAsStream("/fixtures/bedrock/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            List<byte[]> frames = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String payload = JSON.writeValueAsString(node.get("payload"));
                frames.add(node.has("event")
                        ? event(node.get("event").asText(), payload)
                        : exception(node.get("exception").asText(), payload));
            }
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] headers(Map<String, Object> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            out.write(nameBytes.length);
            out.writeBytes(nameBytes);
            ByteBuffer v;
            if (value instanceof Boolean b) {
                out.write(b ? 0 : 1);
                return;
            } else if (value instanceof Byte b) {
                v = ByteBuffer.allocate(2).put((byte) 2).put(b);
            } else if (value instanceof Short s) {
                v = ByteBuffer.allocate(3).put((byte) 3).putShort(s);
            } else if (value instanceof Integer i) {
                v = ByteBuffer.allocate(5).put((byte) 4).putInt(i);
            } else if (value instanceof Long l) {
                v = ByteBuffer.allocate(9).put((byte) 5).putLong(l);
            } else if (value instanceof byte[] bytes) {
                v = ByteBuffer.allocate(3 + bytes.length).put((byte) 6).putShort((short) bytes.length).put(bytes);
            } else if (value instanceof String s) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                v = ByteBuffer.allocate(3 + bytes.length).put((byte) 7).putShort((short) bytes.length).put(bytes);
            } else if (value instanceof Instant t) {
                v = ByteBuffer.allocate(9).put((byte) 8).putLong(t.toEpochMilli());
            } else if (value instanceof UUID u) {
                v = ByteBuffer.allocate(17).put((byte) 9).putLong(u.getMostSignificantBits())
                        .putLong(u.getLeastSignificantBits());
            } else {
                throw new IllegalArgumentException("No header type for " + value);
            }
            out.writeBytes(v.array());
        });
        return out.toByteArray();
    }

    public static long crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
