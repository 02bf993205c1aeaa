package dev.switchboard.upstream;

import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.http.StreamErrors;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a mapper meets its upstream: every event mapped, then either the end or the upstream's failure. */
class StreamMapperTest {

    /** Maps each upstream string to a text event; at the end, finishes. */
    private static final class Echo implements StreamMapper<String> {

        boolean ended;

        @Override
        public void accept(String event, Consumer<InvocationEvent> out) {
            out.accept(new InvocationEvent.Text(event));
        }

        @Override
        public void end(Consumer<InvocationEvent> out) {
            ended = true;
            out.accept(new InvocationEvent.Finish("stop"));
        }
    }

    @Test
    void aCompleteUpstreamEndsWithWhatTheMapperEndsWith() {
        List<InvocationEvent> events = StreamMapper.map(Multi.createFrom().items("a", "b"), new Echo())
                .collect().asList().await().atMost(Duration.ofSeconds(1));

        assertEquals(List.of(new InvocationEvent.Text("a"), new InvocationEvent.Text("b"),
                new InvocationEvent.Finish("stop")), events);
    }

    @Test
    void anUpstreamCutMidFrameFailsAfterTheEventsBeforeTheCutAndTheMapperDoesNotEnd() {
        // Given an upstream whose framing found the body cut inside a frame (UpstreamHttp#frames)
        RuntimeException cut = StreamErrors.truncated("Anthropic");
        Multi<String> upstream = Multi.createBy().concatenating()
                .streams(Multi.createFrom().item("a"), Multi.createFrom().failure(cut));
        Echo mapper = new Echo();

        // When
        AssertSubscriber<InvocationEvent> out = StreamMapper.map(upstream, mapper)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        // Then the invocation sees the text so far and the failure, which it reports as its error event
        out.awaitFailure(Duration.ofSeconds(1));
        assertEquals(List.of(new InvocationEvent.Text("a")), out.getItems());
        assertSame(cut, out.getFailure());
        assertFalse(mapper.ended, "no finish after a cut");
    }
}
