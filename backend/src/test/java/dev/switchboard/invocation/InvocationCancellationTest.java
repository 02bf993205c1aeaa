package dev.switchboard.invocation;

import dev.switchboard.testing.EventStreamFrames;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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

import static dev.switchboard.testing.InvocationCalls.invocation;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.AWS;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that goes away cancels the upstream call: the provider sees its connection closed. One test
 * per wire protocol (OpenAI Chat, Anthropic Messages, Gemini, Bedrock's binary event stream).
 */
@QuarkusTest
@WithMockUpstream(pointAt = {OPENAI, ANTHROPIC, GOOGLE, AWS})
class InvocationCancellationTest {

    static final String CHAT = "/v1/chat/completions";

    static MockUpstream upstream;

    @TestHTTPResource("/")
    URL server;

    @Test
    void closingTheClientConnectionClosesTheUpstreamConnectionWithinASecond() throws Exception {
        upstream.on(CHAT, slowDrip("openai/chat-text.sse", 2));

        leaveAfterTheFirstText(invocation("OPENAI", "gpt-4o-mini", ""));
    }

    @Test
    void closingTheClientConnectionClosesTheAnthropicConnectionWithinASecond() throws Exception {
        upstream.on("/v1/messages", slowDrip("anthropic/text.sse", 4));

        leaveAfterTheFirstText(invocation("ANTHROPIC", "claude-sonnet-4-5", ""));
    }

    @Test
    void closingTheClientConnectionClosesTheGeminiConnectionWithinASecond() throws Exception {
        upstream.on("/v1beta/models/gemini-2.5-flash:streamGenerateContent", slowDrip("gemini/text.sse", 1));

        leaveAfterTheFirstText(invocation("GOOGLE", "gemini-2.5-flash", ""));
    }

    @Test
    void closingTheClientConnectionClosesTheBedrockConnectionWithinASecond() throws Exception {
        List<byte[]> frames = EventStreamFrames.fixture("text.jsonl");
        List<byte[]> chunks = new ArrayList<>(frames.subList(0, 2));
        chunks.addAll(Collections.nCopies(300, frames.get(2)));
        upstream.on("/model/amazon.nova-lite-v1%3A0/converse-stream",
                MockReply.eventStream(chunks).withDelay(Duration.ofMillis(200)));

        leaveAfterTheFirstText(invocation("AWS", "amazon.nova-lite-v1:0", ""));
    }

    @Test
    void closingTheClientConnectionDuringAWholeAnswerClosesTheUpstreamConnection() throws Exception {
        upstream.on(CHAT, MockReply.hangAfterHeaders()); // the provider is still generating the whole answer

        long closedAt;
        try (Socket socket = send(invocation("OPENAI", "gpt-4o-mini", ""), "application/json")) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (upstream.requests().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(upstream.onlyRequest().body().contains("\"stream\":false"));
            assertTrue(!upstream.onlyRequest().connectionClosed().isDone(), "upstream closed before the client left");
            closedAt = System.nanoTime();
        }

        upstream.onlyRequest().connectionClosed().get(1, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - closedAt < TimeUnit.SECONDS.toNanos(1));
    }

    /**
     * Sends the invocation on a raw socket, reads until the first text event, closes the socket, and
     * expects the provider's connection to close within a second.
     */
    private void leaveAfterTheFirstText(String invocation) throws Exception {
        long closedAt;
        try (Socket socket = send(invocation, "text/event-stream")) {
            readUntil(socket.getInputStream(), "event: text");
            assertTrue(!upstream.onlyRequest().connectionClosed().isDone(), "upstream closed before the client left");
            closedAt = System.nanoTime();
        }

        upstream.onlyRequest().connectionClosed().get(1, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - closedAt < TimeUnit.SECONDS.toNanos(1));
    }

    /** Opens a connection and sends the invocation on it, asking for the given media type. */
    private Socket send(String invocation, String accept) throws Exception {
        byte[] body = invocation.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket(server.getHost(), server.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/invocations HTTP/1.1\r\nHost: " + server.getHost() + "\r\n"
                + "Content-Type: application/json\r\nAccept: " + accept + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** The first {@code lead} events of a text stream, then its next event every 200 ms for about a minute. */
    private static MockReply slowDrip(String fixture, int lead) {
        List<String> events = Fixtures.events(fixture);
        List<String> chunks = new ArrayList<>(events.subList(0, lead));
        chunks.addAll(Collections.nCopies(300, events.get(lead)));
        return MockReply.text(200, Map.of("Content-Type", "text/event-stream"), chunks,
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
