package dev.switchboard.upstream.bedrock;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.upstream.http.UpstreamException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStreamDecoderTest {

    private static final int LIMIT = 1 << 20;

    @Test
    void decodesTheEmptyMessageTestVector() {
        // Given the "empty_message" vector of awslabs/aws-c-event-stream (independent of our test encoder)
        byte[] bytes = HexFormat.of().parseHex("000000100000000005c248eb7d98c8ff");

        // When
        List<EventStreamMessage> messages = new EventStreamDecoder(LIMIT).feed(bytes);

        // Then
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).headers().isEmpty());
        assertEquals(0, messages.get(0).payload().length);
    }

    @Test
    void decodesThePayloadWithoutHeadersTestVector() {
        byte[] payload = "{'foo':'bar'}".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = concat(HexFormat.of().parseHex("0000001d00000000fd528c5a"), payload,
                HexFormat.of().parseHex("c3653936"));

        List<EventStreamMessage> messages = new EventStreamDecoder(LIMIT).feed(bytes);

        assertEquals(1, messages.size());
        assertArrayEquals(payload, messages.get(0).payload());
    }

    @Test
    void readsEveryHeaderValueType() {
        // Given
        UUID uuid = UUID.fromString("0fa2fa60-36f1-4a16-8bbc-5ec4e9e09e11");
        Instant at = Instant.ofEpochMilli(1_732_700_000_123L);
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("true", true);
        headers.put("false", false);
        headers.put("byte", (byte) -7);
        headers.put("short", (short) 30_000);
        headers.put("int", 123_456_789);
        headers.put("long", 9_000_000_000L);
        headers.put("bytes", new byte[] {1, 2, 3});
        headers.put("string", "héllo");
        headers.put("timestamp", at);
        headers.put("uuid", uuid);

        // When
        EventStreamMessage message = single(EventStreamFrames.frame(headers, "x".getBytes(StandardCharsets.UTF_8)));

        // Then
        Map<String, Object> read = message.headers();
        assertEquals(Boolean.TRUE, read.get("true"));
        assertEquals(Boolean.FALSE, read.get("false"));
        assertEquals((byte) -7, read.get("byte"));
        assertEquals((short) 30_000, read.get("short"));
        assertEquals(123_456_789, read.get("int"));
        assertEquals(9_000_000_000L, read.get("long"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) read.get("bytes"));
        assertEquals("héllo", message.header("string"));
        assertEquals(at, read.get("timestamp"));
        assertEquals(uuid, read.get("uuid"));
        assertEquals("x", message.payloadText());
    }

    @Test
    void aMessageSplitAtEveryByteBoundaryDecodesTheSame() {
        byte[] stream = EventStreamFrames.concat(List.of(
                EventStreamFrames.event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Grüße\"}}"),
                EventStreamFrames.event("messageStop", "{\"stopReason\":\"end_turn\"}")));

        for (int cut = 0; cut <= stream.length; cut++) {
            // Given a decoder that gets the stream in two chunks, split at `cut`
            EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);

            // When
            List<EventStreamMessage> messages = new ArrayList<>(decoder.feed(Arrays.copyOfRange(stream, 0, cut)));
            messages.addAll(decoder.feed(Arrays.copyOfRange(stream, cut, stream.length)));
            decoder.end();

            // Then
            assertEquals(2, messages.size(), "split at " + cut);
            assertEquals("contentBlockDelta", messages.get(0).header(":event-type"));
            assertTrue(messages.get(0).payloadText().contains("Grüße"), "split at " + cut);
            assertEquals("messageStop", messages.get(1).header(":event-type"));
        }
    }

    @Test
    void aStreamFedOneByteAtATimeDecodesEveryMessage() {
        byte[] stream = EventStreamFrames.concat(EventStreamFrames.fixture("tool-use.jsonl"));
        EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);
        List<EventStreamMessage> messages = new ArrayList<>();

        for (byte b : stream) {
            messages.addAll(decoder.feed(new byte[] {b}));
        }
        decoder.end();

        assertEquals(EventStreamFrames.fixture("tool-use.jsonl").size(), messages.size());
    }

    @Test
    void aStreamThatEndsInsideAMessageIsReportedAsCut() {
        byte[] frame = EventStreamFrames.event("messageStop", "{\"stopReason\":\"end_turn\"}");

        for (int cut = 1; cut < frame.length; cut += 7) {
            // Given a message cut off after `cut` bytes, in its prelude, headers, payload or CRC
            EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);

            // When
            List<EventStreamMessage> messages = decoder.feed(Arrays.copyOf(frame, cut));

            // Then
            assertTrue(messages.isEmpty(), "cut at " + cut);
            assertTrue(decoder.end(), "cut at " + cut);
        }
    }

    @Test
    void aStreamThatEndsBetweenMessagesIsNotCut() {
        EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);

        decoder.feed(EventStreamFrames.event("messageStop", "{\"stopReason\":\"end_turn\"}"));

        assertFalse(decoder.end());
    }

    @Test
    void severalMessagesInOneChunkComeOutInOrder() {
        byte[] stream = EventStreamFrames.concat(List.of(
                EventStreamFrames.event("messageStart", "{\"role\":\"assistant\"}"),
                EventStreamFrames.event("contentBlockDelta", "{\"delta\":{\"text\":\"a\"}}"),
                EventStreamFrames.event("contentBlockStop", "{\"contentBlockIndex\":0}")));
        byte[] withPartialFourth = concat(stream, Arrays.copyOf(EventStreamFrames.event("messageStop", "{}"), 5));

        List<EventStreamMessage> messages = new EventStreamDecoder(LIMIT).feed(withPartialFourth);

        assertEquals(List.of("messageStart", "contentBlockDelta", "contentBlockStop"),
                messages.stream().map(m -> m.header(":event-type")).toList());
    }

    @Test
    void aBadPreludeChecksumIsAProtocolError() {
        byte[] frame = EventStreamFrames.event("messageStart", "{}");
        frame[9] ^= 0x01; // inside the prelude CRC

        UpstreamException e = assertThrows(UpstreamException.class, () -> new EventStreamDecoder(LIMIT).feed(frame));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(e.detail().contains("prelude checksum"));
    }

    @Test
    void aCorruptLengthIsCaughtByThePreludeChecksumBeforeWaitingForMoreBytes() {
        // Given a total length inflated to 1 MB: without the prelude check the decoder would wait forever
        byte[] frame = EventStreamFrames.event("messageStart", "{}");
        frame[1] = 0x10;

        assertThrows(UpstreamException.class, () -> new EventStreamDecoder(LIMIT).feed(frame));
    }

    @Test
    void aBadMessageChecksumIsAProtocolError() {
        byte[] frame = EventStreamFrames.event("contentBlockDelta", "{\"delta\":{\"text\":\"hello\"}}");
        frame[frame.length - 10] ^= 0x20; // a payload byte

        UpstreamException e = assertThrows(UpstreamException.class, () -> new EventStreamDecoder(LIMIT).feed(frame));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(e.detail().contains("message checksum"));
    }

    @Test
    void aBadMessageChecksumIsFoundWhenTheLastByteArrives() {
        byte[] frame = EventStreamFrames.event("messageStart", "{}");
        frame[frame.length - 1] ^= 0x01;
        EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);

        assertTrue(decoder.feed(Arrays.copyOf(frame, frame.length - 1)).isEmpty());
        assertThrows(UpstreamException.class, () -> decoder.feed(new byte[] {frame[frame.length - 1]}));
    }

    @Test
    void aMessageOverTheLimitIsRejectedFromItsPrelude() {
        byte[] frame = EventStreamFrames.event("contentBlockDelta", "{\"delta\":{\"text\":\"" + "x".repeat(200) + "\"}}");
        EventStreamDecoder decoder = new EventStreamDecoder(128);

        UpstreamException e = assertThrows(UpstreamException.class,
                () -> decoder.feed(Arrays.copyOf(frame, EventStreamDecoder.PRELUDE_LENGTH)));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(e.detail().contains("limit of 128"));
    }

    @Test
    void headersLongerThanTheMessageAreAProtocolError() {
        byte[] prelude = java.nio.ByteBuffer.allocate(12).putInt(16).putInt(8).array();
        byte[] frame = java.nio.ByteBuffer.allocate(16).put(prelude, 0, 8)
                .putInt((int) EventStreamFrames.crc(prelude, 0, 8)).putInt(0).array();

        assertThrows(UpstreamException.class, () -> new EventStreamDecoder(LIMIT).feed(frame));
    }

    @Test
    void anUnknownHeaderTypeIsAProtocolError() {
        byte[] frame = EventStreamFrames.frame(Map.of("n", "v"), new byte[0]);
        frame[12 + 2] = 42; // the value type of header "n"
        fixMessageCrc(frame);

        UpstreamException e = assertThrows(UpstreamException.class, () -> new EventStreamDecoder(LIMIT).feed(frame));

        assertTrue(e.detail().contains("unknown type 42"));
    }

    @Test
    void exceptionFramesAreDecodedLikeEvents() {
        EventStreamMessage message = single(EventStreamFrames.exception("throttlingException",
                "{\"message\":\"Too many requests\"}"));

        assertEquals("exception", message.messageType());
        assertEquals("throttlingException", message.header(":exception-type"));
    }

    private static EventStreamMessage single(byte[] frame) {
        EventStreamDecoder decoder = new EventStreamDecoder(LIMIT);
        List<EventStreamMessage> messages = decoder.feed(frame);
        decoder.end();
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    private static void fixMessageCrc(byte[] frame) {
        java.nio.ByteBuffer.wrap(frame).putInt(frame.length - 4, (int) EventStreamFrames.crc(frame, 0, frame.length - 4));
    }

    private static byte[] concat(byte[]... parts) {
        return EventStreamFrames.concat(List.of(parts));
    }
}
