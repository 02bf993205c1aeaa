package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import dev.switchboard.upstream.http.UpstreamException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.AWS;
import static dev.switchboard.testing.MockProvider.AZURE_OPENAI;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A provider that sends its last data and closes the connection in the same go: everything it sent must
 * reach the client before the stream's final event. Vert.x reports a closed connection at once, while the
 * chunks that arrived with it may still wait in the response's queue for demand. So each protocol is
 * played many times to a subscriber that asks for one event and then pauses (a slow client), looking for
 * the round where the close overtakes the data; then once through the API, for the final SSE event.
 */
@QuarkusTest
@WithMockUpstream(pointAt = {OPENAI, AZURE_OPENAI, ANTHROPIC, GOOGLE, AWS})
class NoLostChunkTest {

    /** Rounds per protocol and ending: enough for the race to show, within seconds. */
    static final int ROUNDS = 200;

    static MockUpstream upstream;

    enum Protocol {
        OPENAI_CHAT("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"),
                invocation("OPENAI", "gpt-4o-mini", "")),
        OPENAI_RESPONSES("/v1/responses", MockReply.sse("openai/responses-text.sse"),
                invocation("OPENAI", "gpt-4o", "\"apiType\": \"responses\"")),
        AZURE_CHAT("/openai/deployments/my-gpt-4o/chat/completions", MockReply.sse("azure/chat-text.sse"),
                invocation("AZURE_OPENAI", "my-gpt-4o", "")),
        ANTHROPIC_MESSAGES("/v1/messages", MockReply.sse("anthropic/text.sse"),
                invocation("ANTHROPIC", "claude-sonnet-4-5", "")),
        GEMINI("/v1beta/models/gemini-2.5-flash:streamGenerateContent", MockReply.sse("gemini/text.sse"),
                invocation("GOOGLE", "gemini-2.5-flash", "")),
        /** Bedrock's binary event stream, cut into 7-byte writes: many chunks arrive with the close. */
        BEDROCK("/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/converse-stream",
                MockReply.eventStream(EventStreamFrames.fixture("text.jsonl")).inPiecesOf(7),
                invocation("AWS", "us.anthropic.claude-sonnet-4-5-20250929-v1:0", ""));

        final String path;
        final MockReply reply;
        final String invocation;

        Protocol(String path, MockReply reply, String invocation) {
            this.path = path;
            this.reply = reply;
            this.invocation = invocation;
        }
    }

    @Inject
    InvocationService service;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyChunkArrivesBeforeTheFinishWhenTheUpstreamEndsAndClosesAtOnce(Protocol protocol) throws Exception {
        String text = textOfAnOrdinaryPlay(protocol);
        upstream.on(protocol.path, protocol.reply.thenEndAndClose());

        for (int round = 1; round <= ROUNDS; round++) {
            SlowClient client = playSlowly(protocol, round);

            List<InvocationEvent> events = client.events;
            assertNull(client.end.get(5, TimeUnit.SECONDS), "round " + round + ": " + events);
            assertEquals(text, text(events), "round " + round + ": " + events);
            assertInstanceOf(InvocationEvent.Finish.class, events.get(events.size() - 1), "round " + round);
            assertEquals(1, events.stream().filter(InvocationEvent.Finish.class::isInstance).count(), "round " + round);
        }
        assertEquals("finish", frames(stream(protocol.invocation)).last().event(), "and so through the API");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyChunkArrivesBeforeTheErrorWhenTheUpstreamClosesWithoutEndingTheBody(Protocol protocol) throws Exception {
        String text = textOfAnOrdinaryPlay(protocol);
        // No delay: every chunk and the close go out together; the chunked body's terminator never does.
        upstream.on(protocol.path, protocol.reply.thenReset());

        for (int round = 1; round <= ROUNDS; round++) {
            SlowClient client = playSlowly(protocol, round);

            Throwable end = client.end.get(5, TimeUnit.SECONDS);
            assertEquals(text, text(client.events), "round " + round + ": " + client.events);
            UpstreamException failure = assertInstanceOf(UpstreamException.class, end, "round " + round);
            assertEquals(ProblemType.UPSTREAM_ERROR, failure.type());
        }
        SseFrames frames = frames(stream(protocol.invocation));
        assertEquals(text, frames.text(), "and so through the API");
        assertEquals(PROBLEM + "upstream-error", frames.last().data().at("/problem/type").asText());
    }

    /**
     * Calls the provider with the demand of a slow client: one event, then a pause of 0 to 2 ms (varied by
     * round) in which the rest of the body and the close arrive with nobody asking, then everything.
     */
    private SlowClient playSlowly(Protocol protocol, int round) throws Exception {
        InvocationRequest request = json.readValue(protocol.invocation, InvocationRequest.class);
        InvocationService.Prepared prepared = service.prepare(request, false).await().atMost(Duration.ofSeconds(5));
        SlowClient client = new SlowClient();
        prepared.events().subscribe().withSubscriber(client);
        client.first.get(5, TimeUnit.SECONDS);
        Thread.sleep(round % 3);
        client.subscription.request(Long.MAX_VALUE);
        return client;
    }

    /** Asks for one event, then for all when told; {@code end} completes with null, or the failure. */
    static final class SlowClient implements Flow.Subscriber<InvocationEvent> {

        final List<InvocationEvent> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> first = new CompletableFuture<>();
        final CompletableFuture<Throwable> end = new CompletableFuture<>();
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(InvocationEvent event) {
            events.add(event);
            first.complete(null);
        }

        @Override
        public void onError(Throwable failure) {
            first.complete(null);
            end.complete(failure);
        }

        @Override
        public void onComplete() {
            first.complete(null);
            end.complete(null);
        }
    }

    private static String text(List<InvocationEvent> events) {
        return events.stream().filter(InvocationEvent.Text.class::isInstance)
                .map(event -> ((InvocationEvent.Text) event).delta()).collect(Collectors.joining());
    }

    /** The text of the reply played with an ordinary end, through the API: what every round must deliver. */
    private static String textOfAnOrdinaryPlay(Protocol protocol) {
        upstream.on(protocol.path, protocol.reply);
        SseFrames frames = frames(stream(protocol.invocation));
        assertEquals("finish", frames.last().event(), frames.names().toString());
        assertFalse(frames.text().isEmpty(), "the fixture has text");
        return frames.text();
    }
}
