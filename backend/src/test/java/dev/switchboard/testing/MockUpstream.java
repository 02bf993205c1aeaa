package dev.switchboard.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server that plays a provider: each path answers with a scripted {@link MockReply}
 * (status, headers, body chunks with an optional delay, then end, reset or hang), and every request
 * is recorded for assertions, together with a future that completes when its connection closes.
 * Runs on its own Vert.x instance on a random loopback port; protocol-neutral, so any provider's
 * wire format can be played from fixtures.
 *
 * <pre>{@code
 * static MockUpstream upstream = MockUpstream.start();
 * upstream.on("/v1/chat/completions", MockReply.sse(Fixtures.read("openai/chat-text.sse")));
 * environment.set("OPENAI_BASE_URL", upstream.url("/v1"));
 * ...
 * upstream.close();
 * }</pre>
 */
public final class MockUpstream implements AutoCloseable {

    /** What the mock saw: headers by lower-case name; query is the raw query string, or null. */
    public record RecordedRequest(String method, String path, String query, Map<String, String> headers,
                                  String body, CompletableFuture<Void> connectionClosed) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final Map<String, MockReply> replies = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private MockUpstream(Vertx vertx) throws Exception {
        this.vertx = vertx;
        this.server = vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static MockUpstream start() {
        try {
            return new MockUpstream(Vertx.vertx());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the mock upstream", e);
        }
    }

    public int port() {
        return server.actualPort();
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}, e.g. {@code url("/v1")} for a base URL. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Answers every request to {@code path} (query ignored) with {@code reply}, until replaced or {@link #reset}. */
    public MockUpstream on(String path, MockReply reply) {
        replies.put(path, reply);
        return this;
    }

    /** The requests received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The only request received; fails when there were none or several. */
    public RecordedRequest onlyRequest() {
        List<RecordedRequest> seen = requests();
        if (seen.size() != 1) {
            throw new AssertionError("expected one upstream request, saw " + seen.size() + ": "
                    + seen.stream().map(r -> r.method() + " " + r.path()).toList());
        }
        return seen.get(0);
    }

    /** Forgets scripts and recorded requests; call between tests. */
    public void reset() {
        replies.clear();
        requests.clear();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the mock upstream", e);
        }
    }

    private void handle(HttpServerRequest request) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        request.connection().closeHandler(v -> closed.complete(null));
        request.body().onSuccess(body -> {
            Map<String, String> headers = new TreeMap<>();
            request.headers().forEach(e -> headers.merge(e.getKey().toLowerCase(java.util.Locale.ROOT),
                    e.getValue(), (a, b) -> a + ", " + b));
            requests.add(new RecordedRequest(request.method().name(), request.path(), request.query(), Map.copyOf(headers),
                    body.toString(), closed));
            MockReply reply = replies.get(request.path());
            if (reply == null) {
                request.response().setStatusCode(599).end("no reply scripted for " + request.path());
                return;
            }
            play(reply, request.response(), request);
        });
    }

    private void play(MockReply reply, HttpServerResponse response, HttpServerRequest request) {
        response.setStatusCode(reply.status());
        reply.headers().forEach(response::putHeader);
        response.setChunked(true);
        response.writeHead();
        writeFrom(0, reply, response, request);
    }

    private void writeFrom(int index, MockReply reply, HttpServerResponse response, HttpServerRequest request) {
        if (response.closed()) {
            return;
        }
        if (index == reply.chunks().size()) {
            switch (reply.ending()) {
                case END -> response.end();
                // After the same pause as between chunks, so that what was sent is read before the reset.
                case RESET -> later(reply, index, () -> request.connection().close());
                case HANG -> { }
            }
            return;
        }
        Runnable next = () -> {
            if (!response.closed()) {
                response.write(Buffer.buffer(reply.chunks().get(index)));
                writeFrom(index + 1, reply, response, request);
            }
        };
        later(reply, index, next);
    }

    private void later(MockReply reply, int index, Runnable action) {
        long delay = reply.delay().toMillis();
        if (delay > 0 && index > 0) {
            vertx.setTimer(delay, id -> action.run());
        } else {
            action.run();
        }
    }
}
