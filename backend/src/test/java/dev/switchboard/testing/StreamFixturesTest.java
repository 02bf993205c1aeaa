package dev.switchboard.testing;

import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.InvocationEvent.Finish;
import dev.switchboard.model.InvocationEvent.Text;
import dev.switchboard.testing.StreamFixtures.Run;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Framing;
import dev.switchboard.upstream.http.UpstreamException;
import io.vertx.mutiny.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture runner itself: pieces of every size, the end always played, plays that must agree. */
class StreamFixturesTest {

    private static final byte[] TWO_EVENTS = "data: Grüße\n\ndata: 👋\n\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void feedsEveryPieceSizeAndEndsTheFramingAndTheMapper() {
        List<List<Integer>> plays = new ArrayList<>();
        List<String> ends = new ArrayList<>();

        Run run = StreamFixtures.play("two events", TWO_EVENTS, () -> {
            Framing<String> sse = StreamFixtures.sseFraming();
            List<Integer> pieces = new ArrayList<>();
            plays.add(pieces);
            return new Framing<String>() {
                @Override
                public List<String> feed(Buffer piece) {
                    pieces.add(piece.length());
                    return sse.feed(piece);
                }

                @Override
                public boolean end() {
                    ends.add("framing");
                    return sse.end();
                }
            };
        }, () -> new Echo(ends));

        assertEquals(List.of(new Text("Grüße"), new Text("👋"), new Finish("stop")), run.completed());
        assertEquals(27, TWO_EVENTS.length);
        assertTrue(plays.contains(Collections.nCopies(27, 1)), plays.toString());
        assertTrue(plays.contains(List.of(7, 7, 7, 6)), plays.toString());
        assertTrue(plays.contains(List.of(27)), plays.toString());
        assertEquals(StreamFixtures.PIECE_SIZES.size(), plays.size());
        assertEquals(Collections.nCopies(plays.size(), List.of("framing", "mapper")).stream()
                .flatMap(List::stream).toList(), ends);
    }

    @Test
    void aBodyCutInsideAnEventFailsAsAProtocolError() {
        byte[] cut = "data: Hello\n\ndata: Hal".getBytes(StandardCharsets.UTF_8);

        Run run = StreamFixtures.play("cut", cut, StreamFixtures::sseFraming, () -> new Echo(new ArrayList<>()));

        assertEquals(List.of(new Text("Hello")), run.events());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, assertInstanceOf(UpstreamException.class, run.failure()).type());
    }

    @Test
    void playsThatComeOutDifferentlyFailTheTest() {
        // A mapper that sees how the body was cut: one event per read.
        Framing<String> perRead = new Framing<>() {
            @Override
            public List<String> feed(Buffer piece) {
                return List.of("x");
            }

            @Override
            public boolean end() {
                return false;
            }
        };

        AssertionError e = assertThrows(AssertionError.class,
                () -> StreamFixtures.play("per read", TWO_EVENTS, () -> perRead, () -> new Echo(new ArrayList<>())));

        assertTrue(e.getMessage().contains("per read plays differently"), e.getMessage());
    }

    /** Each payload as text; finishes with stop at the end, which it records. */
    private record Echo(List<String> ends) implements StreamMapper<String> {

        @Override
        public void accept(String payload, Consumer<InvocationEvent> out) {
            out.accept(new Text(payload));
        }

        @Override
        public void end(Consumer<InvocationEvent> out) {
            ends.add("mapper");
            out.accept(new Finish("stop"));
        }
    }
}
