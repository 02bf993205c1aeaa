package dev.switchboard.upstream.openai;

import dev.switchboard.model.InvocationEvent;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.SseParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Feeds a fixture through the real SSE parser and a mapper, as the client does, without a server. */
final class MapperRun {

    private MapperRun() {
    }

    /** The data payloads of an SSE fixture, framed by {@link SseParser}. */
    static List<String> payloads(String fixture) {
        SseParser parser = new SseParser();
        List<SseEvent> events = new ArrayList<>(parser.feed(Fixtures.read(fixture).getBytes(StandardCharsets.UTF_8)));
        return events.stream().map(SseEvent::data).toList();
    }

    /** All events the mapper emits for the fixture, including those of {@code end}. */
    static List<InvocationEvent> events(String fixture, StreamMapper<String> mapper) {
        return until(fixture, mapper, new ArrayList<>());
    }

    /** Events emitted before the mapper threw; the throw itself is the test's to catch. */
    static List<InvocationEvent> until(String fixture, StreamMapper<String> mapper, List<InvocationEvent> out) {
        payloads(fixture).forEach(data -> mapper.accept(data, out::add));
        mapper.end(out::add);
        return out;
    }
}
