package dev.switchboard.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PfxOptions;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
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
 * wire format can be played from fixtures. {@link #startTls()} serves HTTPS instead, for clients
 * that insist on it (azure-identity's authority).
 *
 * <p>
 * Tests do not start it themselves: {@link WithMockUpstream} gives a test class one, and points the
 * application's providers at it ({@link MockProvider}).
 *
 * <pre>{@code
 * upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
 * ... call the application ...
 * assertEquals("Bearer " + OPENAI.key(), upstream.onlyRequest().header("Authorization"));
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
    private static final String STORE_PASSWORD = "mock-upstream";

    private final Path keyStore;
    private final HttpServer server;
    private final Map<String, MockReply> replies = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private MockUpstream(Vertx vertx, Path keyStore) throws Exception {
        this.vertx = vertx;
        this.keyStore = keyStore;
        HttpServerOptions options = new HttpServerOptions();
        if (keyStore != null) {
            options.setSsl(true).setKeyCertOptions(new PfxOptions().setPath(keyStore.toString()).setPassword(STORE_PASSWORD));
        }
        this.server = vertx.createHttpServer(options)
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static MockUpstream start() {
        return start(null);
    }

    /** Serves HTTPS for {@code localhost} with a fresh self-signed certificate, see {@link #certificate()}. */
    public static MockUpstream startTls() {
        try {
            return start(selfSignedKeyStore());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the mock upstream's certificate", e);
        }
    }

    private static MockUpstream start(Path keyStore) {
        try {
            return new MockUpstream(Vertx.vertx(), keyStore);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the mock upstream", e);
        }
    }

    /**
     * A PKCS#12 store with a key and a self-signed certificate for localhost, made by the JDK's keytool
     * (Netty's own generator needs Bouncy Castle's PKIX library or JDK internals on Java 17).
     */
    private static Path selfSignedKeyStore() throws Exception {
        Path store = Files.createTempDirectory("mock-upstream-tls").resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return store;
    }

    public int port() {
        return server.actualPort();
    }

    /**
     * {@code http://127.0.0.1:<port>} followed by {@code path}, e.g. {@code url("/v1")} for a base URL;
     * {@code https://localhost:<port>} for a {@link #startTls()} server.
     */
    public String url(String path) {
        return (keyStore == null ? "http://127.0.0.1:" : "https://localhost:") + port() + path;
    }

    /** A {@link #startTls()} server's self-signed certificate, for a client to trust. */
    public X509Certificate certificate() {
        if (keyStore == null) {
            throw new IllegalStateException("a plain HTTP mock has no certificate");
        }
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD.toCharArray());
            return (X509Certificate) store.getCertificate("localhost");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the mock upstream's certificate", e);
        }
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

    /** Forgets scripts and recorded requests; {@link MockUpstreamExtension} calls it after each test. */
    public void reset() {
        replies.clear();
        requests.clear();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            if (keyStore != null) {
                Files.deleteIfExists(keyStore);
                Files.deleteIfExists(keyStore.getParent());
            }
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
        if (reply.ending() == MockReply.Ending.END_AND_CLOSE) {
            // Said, as a server must: otherwise the client pools the connection and may reuse it while the close is underway.
            response.putHeader("Connection", "close");
        }
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
                case END_AND_CLOSE -> {
                    response.end();
                    request.connection().close();
                }
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
