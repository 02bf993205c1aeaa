package dev.switchboard.invocation;

import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.TestServerEnvironment;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.switchboard.invocation.InvocationEndpointTest.CHAT;
import static dev.switchboard.invocation.InvocationEndpointTest.invocation;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that goes away cancels the upstream call: the provider sees its connection closed. */
@QuarkusTest
class InvocationCancellationTest {

    static MockUpstream upstream;

    @Inject
    TestServerEnvironment environment;

    @TestHTTPResource("/")
    URL server;

    @BeforeAll
    static void startUpstream() {
        upstream = MockUpstream.start();
    }

    @AfterAll
    static void stopUpstream() {
        upstream.close();
    }

    @AfterEach
    void cleanUp() {
        environment.clear();
        upstream.reset();
    }

    @Test
    void closingTheClientConnectionClosesTheUpstreamConnectionWithinASecond() throws Exception {
        environment.set("OPENAI_BASE_URL", upstream.url("/v1")).set("OPENAI_API_KEY", "sk-env-key-cancel-1");
        upstream.on(CHAT, slowDrip());
        byte[] body = invocation("gpt-4o-mini", "").getBytes(StandardCharsets.UTF_8);

        long closedAt;
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/invocations HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nAccept: text/event-stream\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            socket.setSoTimeout(10_000);
            readUntil(socket.getInputStream(), "event: text");
            assertTrue(!upstream.onlyRequest().connectionClosed().isDone(), "upstream closed before the client left");
            closedAt = System.nanoTime();
        }

        upstream.onlyRequest().connectionClosed().get(1, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - closedAt < TimeUnit.SECONDS.toNanos(1));
    }

    /** The first chunks of a text stream, then one text chunk every 200 ms for about a minute. */
    private static MockReply slowDrip() {
        List<String> events = Fixtures.events("openai/chat-text.sse");
        List<String> chunks = new ArrayList<>(events.subList(0, 2));
        chunks.addAll(Collections.nCopies(300, events.get(2)));
        return new MockReply(200, Map.of("Content-Type", "text/event-stream"), chunks,
                Duration.ofMillis(200), MockReply.Ending.END);
    }

    private static void readUntil(InputStream in, String marker) throws Exception {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (!seen.toString().contains(marker)) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new AssertionError("response ended before '" + marker + "': " + seen);
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
    }
}
