package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseParserTest {

    /** Every rule at once, written with LF; tests swap in other line ends. */
    private static final String FIXTURE = """
            : keep-alive comment
            event: response.created
            id: 1
            data: {"type":"response.created"}

            data: first line
            data: second line
            data:
            data:  two spaces keep one

            event: no-data-here

            data
            retry: 3000
            unknown: field

            id: with\u0000nul
            event: é🌍
            data: héllo wörld 日本語 🌍

            """;

    private static final List<SseEvent> FIXTURE_EVENTS = List.of(
            new SseEvent("response.created", "{\"type\":\"response.created\"}", "1"),
            new SseEvent("message", "first line\nsecond line\n\n two spaces keep one", "1"),
            new SseEvent("message", "", "1"),
            new SseEvent("é🌍", "héllo wörld 日本語 🌍", "1"));

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineEndingGivesTheSameEvents(String lineEnd) {
        // Given
        byte[] stream = FIXTURE.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);

        // When
        List<SseEvent> events = new SseParser().feed(stream);

        // Then
        assertEquals(FIXTURE_EVENTS, events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void splittingTheStreamAtAnyByteGivesTheSameEvents(String lineEnd) {
        byte[] stream = FIXTURE.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);

        for (int split = 0; split <= stream.length; split++) {
            SseParser parser = new SseParser();
            List<SseEvent> events = new ArrayList<>(parser.feed(stream, 0, split));
            events.addAll(parser.feed(stream, split, stream.length - split));

            assertEquals(FIXTURE_EVENTS, events, "split at byte " + split);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void feedingOneByteAtATimeGivesTheSameEvents(String lineEnd) {
        byte[] stream = FIXTURE.replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);

        List<SseEvent> events = feedByteByByte(new SseParser(), stream);

        assertEquals(FIXTURE_EVENTS, events);
    }

    @Test
    void crAtTheEndOfAChunkAndLfAtTheStartOfTheNextAreOneLineEnd() {
        SseParser parser = new SseParser();

        List<SseEvent> first = parser.feed(bytes("data: a\r"));
        List<SseEvent> second = parser.feed(bytes("\ndata: b\r\n\r"));
        List<SseEvent> third = parser.feed(bytes("\n"));

        assertEquals(List.of(), first);
        assertEquals(List.of(new SseEvent("message", "a\nb", "")), second);
        assertEquals(List.of(), third);
    }

    @Test
    void twoCarriageReturnsAreTwoLineEnds() {
        List<SseEvent> events = new SseParser().feed(bytes("data: a\r\rdata: b\r\r"));

        assertEquals(List.of(new SseEvent("message", "a", ""), new SseEvent("message", "b", "")), events);
    }

    @Test
    void multiByteCharactersSplitByteByByteDecodeCorrectly() {
        String text = "ü€𝄞 日本 🌍 Ωmega";
        byte[] stream = bytes("data: " + text + "\n\n");

        List<SseEvent> events = feedByteByByte(new SseParser(), stream);

        assertEquals(List.of(new SseEvent("message", text, "")), events);
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersInsteadOfFailing() {
        byte[] stream = {'d', 'a', 't', 'a', ':', (byte) 0xC3, '\n', '\n'};

        List<SseEvent> events = new SseParser().feed(stream);

        assertEquals(List.of(new SseEvent("message", "\uFFFD", "")), events);
    }

    @Test
    void commentsAloneDispatchNothing() {
        List<SseEvent> events = new SseParser().feed(bytes(": ping\n\n:\n\n: ping\n\n"));

        assertEquals(List.of(), events);
    }

    @Test
    void eventWithoutDataIsNotDispatchedAndItsNameDoesNotLeakIntoTheNext() {
        List<SseEvent> events = new SseParser().feed(bytes("event: lonely\n\ndata: x\n\n"));

        assertEquals(List.of(new SseEvent("message", "x", "")), events);
    }

    @Test
    void fieldWithoutColonIsTheFieldNameWithAnEmptyValue() {
        List<SseEvent> events = new SseParser().feed(bytes("data\ndata\n\n"));

        assertEquals(List.of(new SseEvent("message", "\n", "")), events);
    }

    @Test
    void onlyOneLeadingSpaceIsStripped() {
        List<SseEvent> events = new SseParser().feed(bytes("data:no-space\ndata:  two\n\n"));

        assertEquals(List.of(new SseEvent("message", "no-space\n two", "")), events);
    }

    @Test
    void idPersistsAcrossEventsAndIdsWithNulAreIgnored() {
        List<SseEvent> events = new SseParser().feed(bytes("id: 7\ndata: a\n\nid: x\0y\ndata: b\n\nid\ndata: c\n\n"));

        assertEquals(List.of(new SseEvent("message", "a", "7"), new SseEvent("message", "b", "7"),
                new SseEvent("message", "c", "")), events);
    }

    @Test
    void leadingByteOrderMarkIsSkippedEvenWhenSplit() {
        byte[] stream = bytes("\uFEFFdata: a\n\n");

        List<SseEvent> whole = new SseParser().feed(stream);
        List<SseEvent> split = feedByteByByte(new SseParser(), stream);

        assertEquals(List.of(new SseEvent("message", "a", "")), whole);
        assertEquals(whole, split);
    }

    @Test
    void byteOrderMarkAfterTheStartIsContent() {
        // The second BOM makes the field name "\uFEFFdata", an unknown field.
        List<SseEvent> events = new SseParser().feed(bytes("\uFEFFdata: a\n\n\uFEFFdata: b\n\n"));

        assertEquals(List.of(new SseEvent("message", "a", "")), events);
    }

    @Test
    void partialByteOrderMarkIsKeptAsContent() {
        byte[] stream = {(byte) 0xEF, (byte) 0xBB, 'x', ':', '\n', 'd', 'a', 't', 'a', ':', 'z', '\n', '\n'};

        List<SseEvent> events = feedByteByByte(new SseParser(), stream);

        assertEquals(List.of(new SseEvent("message", "z", "")), events);
    }

    @Test
    void eventOverTheLimitFailsAsUpstreamProtocolProblem() {
        SseParser parser = new SseParser(64);
        byte[] big = bytes("data: " + "x".repeat(100) + "\n\n");

        UpstreamException e = assertThrows(UpstreamException.class, () -> parser.feed(big));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertTrue(e.detail().contains("64 bytes"), e.detail());
    }

    @Test
    void unterminatedLineOverTheLimitFailsWithoutWaitingForItsEnd() {
        SseParser parser = new SseParser(1024);
        byte[] chunk = bytes("x".repeat(100));
        parser.feed(bytes("data: "));

        assertThrows(UpstreamException.class, () -> {
            for (int i = 0; i < 11; i++) {
                parser.feed(chunk);
            }
        });
    }

    @Test
    void manyLinesTogetherOverTheLimitFail() {
        SseParser parser = new SseParser(100);

        assertThrows(UpstreamException.class, () -> {
            for (int i = 0; i < 20; i++) {
                parser.feed(bytes("data: 0123456789\n"));
            }
        });
    }

    @Test
    void theLimitAppliesPerEventNotPerStream() {
        SseParser parser = new SseParser(100);
        List<SseEvent> events = new ArrayList<>();

        for (int i = 0; i < 1000; i++) {
            events.addAll(parser.feed(bytes("data: 0123456789\n\n")));
        }

        assertEquals(1000, events.size());
    }

    @Test
    void unterminatedFinalEventIsNotDispatchedAndEndReportsIt() {
        SseParser parser = new SseParser();

        List<SseEvent> events = parser.feed(bytes("data: done\n\ndata: cut off\n"));
        boolean discarded = parser.end();

        assertEquals(List.of(new SseEvent("message", "done", "")), events);
        assertTrue(discarded);
    }

    @Test
    void aStreamCutInsideALineReportsTheEventAsCut() {
        SseParser parser = new SseParser();

        List<SseEvent> events = parser.feed(bytes("data: {\"type\":\"message_stop\"}\n\ndata: {\"ty"));

        assertEquals(1, events.size());
        assertTrue(parser.end());
    }

    @Test
    void aStreamCutAfterTheEventLineReportsTheEventAsCut() {
        SseParser parser = new SseParser();

        parser.feed(bytes("data: done\n\nevent: message_delta\n"));

        assertTrue(parser.end());
    }

    @Test
    void aKeepAliveCommentCutShortIsNotAnEvent() {
        SseParser parser = new SseParser();

        parser.feed(bytes("data: done\n\n: keep-al"));

        assertFalse(parser.end());
    }

    @Test
    void endResetsTheParser() {
        SseParser parser = new SseParser();
        parser.feed(bytes("data: cut"));
        parser.end();

        assertEquals(List.of(new SseEvent("message", "next", "")), parser.feed(bytes("data: next\n\n")));
        assertFalse(parser.end());
    }

    @Test
    void cleanEndReportsNothingDiscarded() {
        SseParser parser = new SseParser();

        parser.feed(bytes("data: done\n\n: bye\n"));

        assertFalse(parser.end());
    }

    @Test
    void acceptsVertxBuffers() {
        SseParser parser = new SseParser();

        List<SseEvent> core = parser.feed(Buffer.buffer("data: a\n\n"));
        List<SseEvent> mutiny = parser.feed(io.vertx.mutiny.core.buffer.Buffer.buffer("data: b\n\n"));

        assertEquals(List.of(new SseEvent("message", "a", "")), core);
        assertEquals(List.of(new SseEvent("message", "b", "")), mutiny);
    }

    @Test
    void largeStreamOfSmallChunksKeepsOnlyTheCurrentLine() {
        // 50 MB through a 1 KiB limit: works only if nothing accumulates across events.
        SseParser parser = new SseParser(1024);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            chunk.writeBytes(bytes("data: {\"delta\":\"" + "y".repeat(30) + "\"}\n\n"));
        }
        byte[] bytes = chunk.toByteArray();
        int count = 0;

        for (int i = 0; i < 1000; i++) {
            count += parser.feed(bytes).size();
        }

        assertEquals(1_000_000, count);
    }

    private static List<SseEvent> feedByteByByte(SseParser parser, byte[] stream) {
        List<SseEvent> events = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            events.addAll(parser.feed(stream, i, 1));
        }
        return events;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
