package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.buffer.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Streaming calls against a local Vert.x server that plays the provider. */
class UpstreamHttpTest {

    private static final String KEY = "sk-test-abcdefghijklmnopqrstuvwxyz";

    record TestConfig(Duration connectTimeout, Duration idleTimeout, Duration overallTimeout,
                      MemorySize maxEventSize, MemorySize maxErrorBodySize, MemorySize maxAnswerSize,
                      boolean wholeAnswers, int maxPoolSize)
            implements UpstreamConfig {
    }

    private Vertx vertx;
    private HttpServer server;
    private volatile Consumer<HttpServerRequest> upstream;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .requestHandler(request -> upstream.accept(request))
                .listen(0).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsMethodHeadersAndBody() {
        CompletableFuture<String> seen = new CompletableFuture<>();
        upstream = request -> request.body().onSuccess(body -> {
            seen.complete(request.method() + " " + request.path() + " " + request.getHeader("X-Team") + " "
                    + request.getHeader("Authorization") + " " + body);
            request.response().end("ok");
        });

        List<Buffer> chunks = http(config()).stream(post(Map.of("X-Team", "a", "Authorization", "Bearer k")))
                .collect().asList().await().atMost(Duration.ofSeconds(5));

        assertEquals("POST /v1/chat/completions a Bearer k {\"stream\":true}", seen.join());
        assertEquals("ok", join(chunks));
    }

    @Test
    void chunksArriveAsTheUpstreamSendsThemNotAtTheEnd() {
        CompletableFuture<Void> firstReceived = new CompletableFuture<>();
        upstream = request -> {
            request.response().setChunked(true).write("data: 1\n\n");
            // The second chunk goes only after the client has seen the first: a client that waited
            // for the whole body would never get it.
            firstReceived.thenRun(() -> vertx.runOnContext(v -> request.response().end("data: 2\n\n")));
        };
        AssertSubscriber<Buffer> subscriber = http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        subscriber.awaitItems(1, Duration.ofSeconds(5));
        firstReceived.complete(null);
        subscriber.awaitCompletion(Duration.ofSeconds(5));

        assertEquals("data: 1\n\ndata: 2\n\n", join(subscriber.getItems()));
    }

    @Test
    void eventsAreFramedFromTheChunks() {
        upstream = request -> {
            request.response().setChunked(true).write("data: {\"a\":");
            vertx.setTimer(20, id -> request.response().end("1}\n\n: keep-alive\n\ndata: [DONE]\n\n"));
        };

        List<SseEvent> events = http(config()).events(post(Map.of()))
                .collect().asList().await().atMost(Duration.ofSeconds(5));

        assertEquals(List.of(new SseEvent("message", "{\"a\":1}", ""), new SseEvent("message", "[DONE]", "")),
                events);
    }

    @Test
    void chunksWaitingForDemandArriveBeforeTheFailureOfAConnectionClosedWithThem() throws Exception {
        // All events and the close in one go, the chunked body's terminator never: Vert.x reports the
        // close at once, while the chunks wait in the response's queue for a subscriber that takes one.
        upstream = request -> {
            var response = request.response().setChunked(true);
            for (int i = 1; i <= 5; i++) {
                response.write("data: " + i + "\n\n");
            }
            request.connection().close();
        };
        AssertSubscriber<Buffer> subscriber = http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        subscriber.awaitItems(1, Duration.ofSeconds(5));
        Thread.sleep(200); // the rest and the close have arrived by now

        for (int taken = 1; taken < 5 && subscriber.getFailure() == null; taken++) {
            subscriber.request(1);
            subscriber.awaitItems(taken + 1, Duration.ofSeconds(5));
        }
        subscriber.request(1);

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals("data: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4\n\ndata: 5\n\n", join(subscriber.getItems()));
        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
    }

    @Test
    void theFailureOfAClosedConnectionWaitsForDemandAfterTheChunksBeforeIt() throws Exception {
        upstream = request -> {
            var response = request.response().setChunked(true);
            response.write("data: 1\n\n");
            response.write("data: 2\n\n");
            request.connection().close();
        };
        AssertSubscriber<Buffer> subscriber = http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        subscriber.awaitItems(1, Duration.ofSeconds(5));
        Thread.sleep(200);

        subscriber.assertNotTerminated(); // one chunk still waits for demand, and the failure behind it
        subscriber.request(1);
        subscriber.awaitItems(2, Duration.ofSeconds(5));
        subscriber.request(1);
        awaitUpstreamFailure(subscriber);
    }

    @Test
    void aStreamCutInTheMiddleOfAnEventFailsAsTruncatedAfterTheEventsBeforeIt() {
        upstream = request -> {
            request.response().setChunked(true).write("data: {\"a\":1}\n\ndata: {\"b\"");
            vertx.setTimer(20, id -> request.response().end()); // the provider's connection drops here
        };

        AssertSubscriber<SseEvent> subscriber = http(config()).events(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals(List.of(new SseEvent("message", "{\"a\":1}", "")), subscriber.getItems());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertEquals("The provider closed the stream before the answer was finished.", e.detail());
        assertEquals("openai", e.provider());
    }

    @Test
    void aFinalEventWithoutItsBlankLineIsACutNotAnEvent() {
        upstream = request -> request.response().end("data: {\"a\":1}\n\ndata: [DONE]\n");

        AssertSubscriber<SseEvent> subscriber = http(config()).events(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals(1, subscriber.getItems().size());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
    }

    @Test
    void aStreamEndingAfterItsLastBlankLineEndsNormallyEvenWithAKeepAliveCutShort() {
        upstream = request -> request.response().end("data: [DONE]\n\n: keep-al");

        List<SseEvent> events = http(config()).events(post(Map.of()))
                .collect().asList().await().atMost(Duration.ofSeconds(5));

        assertEquals(List.of(new SseEvent("message", "[DONE]", "")), events);
    }

    @Test
    void anyFramingThatEndsInsideAFrameFailsAsTruncated() {
        // Given frames of four bytes each (a stand-in for Bedrock's event-stream messages) and a body of six
        upstream = request -> request.response().end("abcdef");

        AssertSubscriber<String> subscriber = http(config()).frames(post(Map.of()), FourByteFrames::new)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals(List.of("abcd"), subscriber.getItems());
        assertEquals("The provider closed the stream before the answer was finished.", e.detail());
        assertEquals("openai", e.provider());
    }

    @Test
    void aFramingErrorIsAttributedToTheProvider() {
        upstream = request -> request.response().end("abc!");

        UpstreamException e = awaitUpstreamFailure(http(config()).frames(post(Map.of()), FourByteFrames::new)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertEquals("A frame may not hold '!'.", e.detail());
        assertEquals("openai", e.provider());
    }

    /** Fixed-size frames of four ASCII bytes; '!' is malformed. */
    private static final class FourByteFrames implements Framing<String> {

        private final StringBuilder pending = new StringBuilder();

        FourByteFrames(int maxFrameSize) {
            assertEquals(1024 * 1024, maxFrameSize, "the configured max-event-size");
        }

        @Override
        public List<String> feed(Buffer chunk) {
            pending.append(chunk.toString());
            if (pending.indexOf("!") >= 0) {
                throw StreamErrors.malformed("A frame may not hold '!'.");
            }
            List<String> frames = new java.util.ArrayList<>();
            while (pending.length() >= 4) {
                frames.add(pending.substring(0, 4));
                pending.delete(0, 4);
            }
            return frames;
        }

        @Override
        public boolean end() {
            return !pending.isEmpty();
        }
    }

    @Test
    void cancellingTheSubscriptionClosesTheUpstreamConnectionWithinASecond() throws Exception {
        CompletableFuture<Long> closedAt = new CompletableFuture<>();
        upstream = request -> {
            request.connection().closeHandler(v -> closedAt.complete(System.nanoTime()));
            request.response().setChunked(true).write("data: 1\n\n"); // and then hangs
        };
        AssertSubscriber<Buffer> subscriber = http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscriber.awaitItems(1, Duration.ofSeconds(5));

        long cancelledAt = System.nanoTime();
        subscriber.cancel();

        long closed = closedAt.get(1, TimeUnit.SECONDS);
        assertTrue(closed - cancelledAt < TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void withoutDemandTheUpstreamIsNotReadAndItsWritesBackUp() throws Exception {
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> backedUp = new CompletableFuture<>();
        String chunk = "data: " + "x".repeat(16 * 1024) + "\n\n";
        upstream = request -> {
            var response = request.response().setChunked(true);
            vertx.setPeriodic(1, id -> {
                if (response.writeQueueFull()) {
                    backedUp.complete(null);
                    vertx.cancelTimer(id);
                } else if (written.get() < 512L * 1024 * 1024) {
                    response.write(chunk);
                    written.addAndGet(chunk.length());
                }
            });
        };
        AssertSubscriber<Buffer> subscriber = http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(1));

        backedUp.get(10, TimeUnit.SECONDS);

        // Socket buffers hold some megabytes; the client itself took one chunk.
        assertTrue(written.get() < 64L * 1024 * 1024, "server wrote " + written.get());
        assertEquals(1, subscriber.getItems().size());
        subscriber.cancel();
    }

    @Test
    void idleTimeoutFiresWhenTheUpstreamGoesSilentMidStream() {
        upstream = request -> request.response().setChunked(true).write("data: 1\n\n");
        UpstreamConfig config = config(Duration.ofMillis(500), Duration.ofMinutes(1));

        AssertSubscriber<Buffer> subscriber = http(config).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals(1, subscriber.getItems().size(), e.detail());
        assertEquals(ProblemType.UPSTREAM_TIMEOUT, e.type());
        assertEquals("openai", e.provider());
    }

    @Test
    void aSlowSubscriberDoesNotCountAsUpstreamSilence() throws Exception {
        upstream = request -> request.response().setChunked(true).write("data: 1\n\n");
        UpstreamConfig config = config(Duration.ofMillis(300), Duration.ofMinutes(1));
        AssertSubscriber<Buffer> subscriber = http(config).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        subscriber.awaitItems(1, Duration.ofSeconds(5));

        Thread.sleep(800); // no demand: the upstream is not being read, so its silence is not its fault
        subscriber.assertNotTerminated();
        subscriber.request(1);

        UpstreamException e = awaitUpstreamFailure(subscriber);
        assertEquals(ProblemType.UPSTREAM_TIMEOUT, e.type());
    }

    @Test
    void dataArrivingWithinTheIdleTimeoutKeepsTheCallAliveFarBeyondIt() {
        // 12 chunks 100 ms apart against an idle timeout of 300 ms: 1.2 s of streaming, never 300 ms of silence.
        upstream = request -> {
            var response = request.response().setChunked(true);
            AtomicLong sent = new AtomicLong();
            vertx.setPeriodic(100, id -> {
                if (sent.incrementAndGet() < 12) {
                    response.write("data: " + sent.get() + "\n\n");
                } else {
                    vertx.cancelTimer(id);
                    response.end("data: [DONE]\n\n");
                }
            });
        };
        UpstreamConfig config = config(Duration.ofMillis(300), Duration.ofMinutes(1));

        List<SseEvent> events = http(config).events(post(Map.of()))
                .collect().asList().await().atMost(Duration.ofSeconds(10));

        assertEquals(12, events.size());
        assertEquals("[DONE]", events.get(11).data());
    }

    @Test
    void callsReuseOnlyConnectionsOfTheirOwnEventLoop() throws Exception {
        // A connection belongs to the loop that opened it; borrowed by a call on another loop, every
        // chunk would be handed across threads. Calls alternate between two loops here.
        List<io.vertx.core.http.HttpConnection> connections = new java.util.concurrent.CopyOnWriteArrayList<>();
        upstream = request -> {
            connections.add(request.connection());
            request.response().end("data: 1\n\n");
        };
        UpstreamHttp http = http(config());
        io.vertx.core.Context loopA = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
        io.vertx.core.Context loopB = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();

        for (io.vertx.core.Context loop : List.of(loopA, loopB, loopA, loopB)) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            loop.runOnContext(v -> http.stream(post(Map.of())).subscribe()
                    .with(chunk -> { }, done::completeExceptionally, () -> done.complete(null)));
            done.get(5, TimeUnit.SECONDS);
        }

        assertTrue(connections.get(0) == connections.get(2), "loop A reuses its connection");
        assertTrue(connections.get(1) == connections.get(3), "loop B reuses its connection");
        assertFalse(connections.get(0) == connections.get(1), "the loops do not share one");
    }

    @Test
    void eachEventLoopHasItsOwnClientAndOtherThreadsShareOne() throws Exception {
        UpstreamClients clients = new UpstreamClients(io.vertx.mutiny.core.Vertx.newInstance(vertx), config());
        // New event-loop contexts take the loops in turn (Vert.x's default: twice the cores).
        io.vertx.core.Context first = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
        io.vertx.core.Context second = ((io.vertx.core.impl.VertxInternal) vertx).createEventLoopContext();
        assertFalse(onContext(first, Thread::currentThread) == onContext(second, Thread::currentThread));

        var a = onContext(first, clients::forCurrentThread);
        assertTrue(a == onContext(first, clients::forCurrentThread));
        assertFalse(a == onContext(second, clients::forCurrentThread));
        assertTrue(clients.forCurrentThread() == clients.forCurrentThread());
        assertFalse(a == clients.forCurrentThread());
        clients.close();
    }

    @Test
    void aMalformedUrlFailsTheStreamNotTheCaller() {
        UpstreamRequest request = new UpstreamRequest("ollama", HttpMethod.GET, "localhost:11434/api/chat",
                Map.of(), null, new Scrubber(List.of(KEY)), true);

        UpstreamException e = awaitUpstreamFailure(http(config()).stream(request)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals("The upstream ollama could not be called.", e.detail());
    }

    @Test
    void idleTimeoutFiresWhenTheUpstreamNeverAnswers() {
        upstream = request -> { };
        UpstreamConfig config = config(Duration.ofMillis(500), Duration.ofMinutes(1));

        UpstreamException e = awaitUpstreamFailure(http(config).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_TIMEOUT, e.type());
    }

    @Test
    void overallTimeoutFiresWhileDataKeepsDripping() throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        upstream = request -> {
            request.connection().closeHandler(v -> closed.complete(null));
            var response = request.response().setChunked(true);
            vertx.setPeriodic(50, id -> response.write(": drip\n\n"));
        };
        UpstreamConfig config = config(Duration.ofSeconds(5), Duration.ofMillis(500));

        UpstreamException e = awaitUpstreamFailure(http(config).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_TIMEOUT, e.type());
        assertEquals("The upstream openai did not finish the response within 500 ms.", e.detail());
        closed.get(1, TimeUnit.SECONDS);
    }

    @Test
    void errorStatusSurfacesAsProblemWithTheProviderMessageScrubbed() {
        upstream = request -> request.response().setStatusCode(429).putHeader("Retry-After", "7")
                .putHeader("Content-Type", "application/json")
                .end("{\"error\":{\"message\":\"Rate limit reached for key " + KEY + "\",\"code\":\"rate_limit_exceeded\"}}");

        UpstreamException e = awaitUpstreamFailure(http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_RATE_LIMITED, e.type());
        assertEquals(429, e.upstreamStatus());
        assertEquals(7L, e.retryAfter());
        assertEquals("The upstream openai answered HTTP 429: Rate limit reached for key [redacted] (rate_limit_exceeded)",
                e.detail());
    }

    @Test
    void aRedirectIsNotFollowedButAnsweredAsAnUpstreamError() {
        // Redirects would let a base URL that passed the egress guard lead somewhere that did not.
        AtomicLong calls = new AtomicLong();
        upstream = request -> {
            calls.incrementAndGet();
            request.response().setStatusCode(302).putHeader("Location", "/elsewhere").end();
        };

        UpstreamException e = awaitUpstreamFailure(http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertEquals(302, e.upstreamStatus());
        assertEquals(1, calls.get());
    }

    @Test
    void hugeErrorBodyIsReadOnlyUpToTheLimit() {
        upstream = request -> {
            var response = request.response().setStatusCode(500).setChunked(true);
            vertx.setPeriodic(1, id -> {
                if (!response.writeQueueFull()) {
                    response.write("y".repeat(8192));
                }
            });
        };

        UpstreamException e = awaitUpstreamFailure(http(config()).stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertTrue(e.detail().length() < 600, e.detail());
    }

    @Test
    void unreachableUpstreamIsUpstreamErrorWithoutTheUrl() {
        UpstreamRequest request = new UpstreamRequest("ollama", HttpMethod.GET,
                "http://127.0.0.1:1/api?key=" + KEY, Map.of(), null, new Scrubber(List.of(KEY)), true);

        UpstreamException e = awaitUpstreamFailure(http(config()).stream(request)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_ERROR, e.type());
        assertEquals("The upstream ollama could not be reached: connection refused.", e.detail());
    }

    // --- whole answers (stream: false) ---

    @Test
    void aWholeAnswerIsCollectedFromItsChunks() {
        upstream = request -> request.response().setChunked(true).write("{\"a\":").onSuccess(v -> request.response().end("1}"));

        Buffer body = http(config()).body(whole()).await().atMost(Duration.ofSeconds(5));

        assertEquals("{\"a\":1}", body.toString());
    }

    @Test
    void aWholeAnswerMayTakeLongerThanTheIdleTimeoutBeforeItStarts() {
        // A provider sends nothing until it has generated the whole answer; only the overall timeout applies.
        upstream = request -> vertx.setTimer(1200, id -> request.response().end("{}"));
        UpstreamHttp http = http(config(Duration.ofMillis(400), Duration.ofMinutes(1)));

        assertEquals("{}", http.body(whole()).await().atMost(Duration.ofSeconds(5)).toString());
    }

    @Test
    void aStreamedCallStillTimesOutBeforeItsFirstByte() {
        upstream = request -> vertx.setTimer(1200, id -> request.response().end("{}"));
        UpstreamHttp http = http(config(Duration.ofMillis(400), Duration.ofMinutes(1)));

        UpstreamException e = awaitUpstreamFailure(http.stream(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));

        assertEquals(ProblemType.UPSTREAM_TIMEOUT, e.type());
    }

    @Test
    void aWholeAnswerLargerThanTheLimitFailsAsUpstreamProtocol() {
        upstream = request -> request.response().end("x".repeat(2048)); // config(): 1024 bytes at most

        UpstreamException e = assertInstanceOf(UpstreamException.class, assertThrows(
                Exception.class, () -> http(config()).body(whole()).await().atMost(Duration.ofSeconds(5))));

        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertEquals("The provider's answer is larger than 1024 bytes (switchboard.upstream.max-answer-size).",
                e.detail());
        assertEquals("openai", e.provider());
    }

    @Test
    void oversizedEventFailsTheCallAsUpstreamProtocol() {
        upstream = request -> request.response().end("data: " + "z".repeat(4096) + "\n\n");
        UpstreamConfig config = new TestConfig(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMinutes(1),
                new MemorySize(BigInteger.valueOf(1024)), new MemorySize(BigInteger.valueOf(1024)),
                new MemorySize(BigInteger.valueOf(1024)), true, 4);

        AssertSubscriber<SseEvent> subscriber = http(config).events(post(Map.of()))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        subscriber.awaitFailure(Duration.ofSeconds(5));
        UpstreamException e = assertInstanceOf(UpstreamException.class, subscriber.getFailure());
        assertEquals(ProblemType.UPSTREAM_PROTOCOL, e.type());
        assertEquals("openai", e.provider());
    }

    private UpstreamException awaitUpstreamFailure(AssertSubscriber<?> subscriber) {
        subscriber.awaitFailure(Duration.ofSeconds(5));
        UpstreamException e = assertInstanceOf(UpstreamException.class, subscriber.getFailure());
        assertFalse(e.detail().contains(KEY));
        return e;
    }

    private static <T> T onContext(io.vertx.core.Context context, java.util.function.Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> result.complete(action.get()));
        return result.get(5, TimeUnit.SECONDS);
    }

    private UpstreamHttp http(UpstreamConfig config) {
        io.vertx.mutiny.core.Vertx mutiny = io.vertx.mutiny.core.Vertx.newInstance(vertx);
        UpstreamClients clients = new UpstreamClients(mutiny, config);
        return new UpstreamHttp(mutiny, clients, config);
    }

    private UpstreamRequest post(Map<String, String> headers) {
        return new UpstreamRequest("openai", HttpMethod.POST,
                "http://localhost:" + server.actualPort() + "/v1/chat/completions", headers,
                Buffer.buffer("{\"stream\":true}"), new Scrubber(List.of(KEY)), true);
    }

    private UpstreamRequest whole() {
        return new UpstreamRequest("openai", HttpMethod.POST,
                "http://localhost:" + server.actualPort() + "/v1/chat/completions", Map.of(),
                Buffer.buffer("{\"stream\":false}"), new Scrubber(List.of(KEY)), false);
    }

    private static UpstreamConfig config() {
        return config(Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    private static UpstreamConfig config(Duration idle, Duration overall) {
        MemorySize mib = new MemorySize(BigInteger.valueOf(1024 * 1024));
        return new TestConfig(Duration.ofSeconds(2), idle, overall, mib, new MemorySize(BigInteger.valueOf(4096)),
                new MemorySize(BigInteger.valueOf(1024)), true, 4);
    }

    private static String join(List<Buffer> chunks) {
        StringBuilder text = new StringBuilder();
        chunks.forEach(chunk -> text.append(chunk.toString()));
        return text.toString();
    }
}
