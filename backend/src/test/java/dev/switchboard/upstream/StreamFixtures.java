package dev.switchboard.upstream;

import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.SseParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a recorded SSE body (src/test/resources/fixtures/…) through a stream mapper, as the client does. */
public final class StreamFixtures {

    /** Small enough to split events, lines and multi-byte characters. */
    private static final int CHUNK = 7;

    private StreamFixtures() {
    }

    /** What the mapper emitted, and the failure that ended the stream, if any. */
    public record Run(List<InvocationEvent> events, RuntimeException failure) {

        public <T extends InvocationEvent> List<T> all(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public InvocationEvent last() {
            return events.get(events.size() - 1);
        }
    }

    public static Run run(String fixture, StreamMapper<String> mapper) {
        List<InvocationEvent> out = new ArrayList<>();
        try {
            for (SseEvent event : events(fixture)) {
                mapper.accept(event.data(), out::add);
            }
            mapper.end(out::add);
            return new Run(out, null);
        } catch (RuntimeException e) {
            return new Run(out, e);
        }
    }

    static List<SseEvent> events(String fixture) {
        byte[] body = read(fixture);
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>();
        for (int i = 0; i < body.length; i += CHUNK) {
            events.addAll(parser.feed(body, i, Math.min(CHUNK, body.length - i)));
        }
        parser.end();
        return events;
    }

    private static byte[] read(String fixture) {
        try (InputStream in = StreamFixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
