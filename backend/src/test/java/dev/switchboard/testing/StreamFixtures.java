package dev.switchboard.testing;

import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Framing;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.SseParser;
import dev.switchboard.upstream.http.StreamErrors;
import io.vertx.mutiny.core.buffer.Buffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The fixture runner for stream mappers: plays a recorded body (a file under {@code fixtures/}) through
 * the framing the client uses and a mapper, as the client does, without a server. The body always
 * arrives in pieces and always ends: each piece goes to the client's {@link Framing} ({@link SseParser}, or a
 * protocol's own decoder such as Bedrock's), each payload it completes goes to the mapper, then the framing
 * and the mapper are ended, in that order. Every fixture is played several times, in pieces of
 * {@link #PIECE_SIZES} (1 byte splits every multi-byte character and CRLF; 7 bytes splits lines and
 * event-stream preludes and checksums; the whole body as one piece), each time with a new framing and
 * mapper, and all plays must come out the same: the same events and the same failure.
 *
 * <pre>{@code
 * Run run = StreamFixtures.sse("anthropic/text.sse", () -> new AnthropicStreamMapper(json, "Anthropic", none));
 * assertEquals(List.of(new Text("Hello"), ...), run.completed());    // completed: no failure expected
 * assertEquals(UPSTREAM_PROTOCOL, assertInstanceOf(UpstreamException.class, run.failure()).type());
 * }</pre>
 */
public final class StreamFixtures {

    /** The piece sizes each fixture is played in; the last is the whole body at once. */
    public static final List<Integer> PIECE_SIZES = List.of(1, 2, 3, 7, Integer.MAX_VALUE);

    private StreamFixtures() {
    }

    /**
     * What the mapper emitted, and the failure that ended the play (from the framing or the mapper), or
     * null when the stream ended normally.
     */
    public record Run(List<InvocationEvent> events, RuntimeException failure) {

        /** The events, when the stream ended normally; throws the failure otherwise. */
        public List<InvocationEvent> completed() {
            if (failure != null) {
                throw failure;
            }
            return events;
        }

        public <T extends InvocationEvent> List<T> all(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public InvocationEvent last() {
            return events.get(events.size() - 1);
        }

        /** Whether two plays came out the same: equal events, failures of one class and message. */
        boolean sameAs(Run other) {
            return events.equals(other.events) && (failure == null
                    ? other.failure == null
                    : other.failure != null && failure.getClass() == other.failure.getClass()
                            && Objects.equals(failure.getMessage(), other.failure.getMessage()));
        }

        @Override
        public String toString() {
            return events + (failure == null ? ", ended" : ", failed with " + failure);
        }
    }

    /** Plays an SSE fixture, e.g. {@code sse("openai/chat-text.sse", …)}: the mapper reads each event's data. */
    public static Run sse(String fixture, Supplier<? extends StreamMapper<String>> mappers) {
        return play(fixture, Fixtures.bytes(fixture), StreamFixtures::sseFraming, mappers);
    }

    /** The data payloads of an SSE fixture, framed from 7-byte pieces, for a test that feeds a mapper by hand. */
    public static List<String> payloads(String fixture) {
        Framing<String> framing = sseFraming();
        byte[] body = Fixtures.bytes(fixture);
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < body.length; i += 7) {
            payloads.addAll(framing.feed(piece(body, i, 7)));
        }
        if (framing.end()) {
            throw new AssertionError(fixture + " ends in the middle of an event");
        }
        return payloads;
    }

    /**
     * Plays {@code body} through the framings and mappers the suppliers make (one of each per play);
     * {@code name} says which fixture, in the message when plays disagree.
     */
    public static <T> Run play(String name, byte[] body, Supplier<? extends Framing<T>> framings,
                               Supplier<? extends StreamMapper<T>> mappers) {
        Run first = null;
        int firstSize = 0;
        for (int size : PIECE_SIZES) {
            Run run = once(body, size, framings.get(), mappers.get());
            if (first == null) {
                first = run;
                firstSize = size;
            } else if (!run.sameAs(first)) {
                throw new AssertionError(name + " plays differently in " + describe(size) + " than in "
                        + describe(firstSize) + ":\n  " + run + "\n  " + first);
            }
        }
        return first;
    }

    private static <T> Run once(byte[] body, int pieceSize, Framing<T> framing, StreamMapper<T> mapper) {
        List<InvocationEvent> out = new ArrayList<>();
        try {
            for (int i = 0; i < body.length; i += pieceSize) {
                for (T payload : framing.feed(piece(body, i, pieceSize))) {
                    mapper.accept(payload, out::add);
                }
            }
            if (framing.end()) {
                throw StreamErrors.truncated(null); // as UpstreamHttp fails a body cut inside a frame
            }
            mapper.end(out::add);
            return new Run(List.copyOf(out), null);
        } catch (RuntimeException e) {
            return new Run(List.copyOf(out), e);
        }
    }

    /** {@code text/event-stream} framing by the client's parser, giving each event's data, as the SSE clients read it. */
    public static Framing<String> sseFraming() {
        SseParser parser = new SseParser();
        return new Framing<>() {
            @Override
            public List<String> feed(Buffer chunk) {
                return parser.feed(chunk).stream().map(SseEvent::data).toList();
            }

            @Override
            public boolean end() {
                return parser.end();
            }
        };
    }

    private static Buffer piece(byte[] body, int from, int size) {
        return Buffer.buffer(Arrays.copyOfRange(body, from, (int) Math.min(body.length, (long) from + size)));
    }

    private static String describe(int size) {
        return size == Integer.MAX_VALUE ? "one piece" : size + "-byte pieces";
    }
}
