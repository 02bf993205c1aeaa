package dev.switchboard.invocation;

import dev.switchboard.testing.EventStreamFrames;
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

/**
 * A client that goes away cancels the upstream call: the provider sees its connection closed. One test
 * per wire protocol (OpenAI Chat, Anthropic Messages, Gemini, Bedrock's binary event stream).
 */
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
        upstream.on(CHAT, slowDrip("openai/chat-text.sse", 2));

        leaveAfterTheFirstText(invocation("gpt-4o-mini", ""));
    }

    @Test
    void closingTheClientConnectionClosesTheAnthropicConnectionWithinASecond() throws Exception {
        environment.set("ANTHROPIC_BASE_URL", upstream.url("")).set("ANTHROPIC_API_KEY", "sk-ant-env-cancel-1");
        upstream.on("/v1/messages", slowDrip("anthropic/text.sse", 4));

        leaveAfterTheFirstText("{\"provider\": \"ANTHROPIC\", \"model\": \"claude-sonnet-4-5\", "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
    }

    @Test
    void closingTheClientConnectionClosesTheGeminiConnectionWithinASecond() throws Exception {
        environment.set("GOOGLE_GEMINI_BASE_URL", upstream.url("")).set("GEMINI_API_KEY", "AIza-env-cancel-1");
        upstream.on("/v1beta/models/gemini-2.5-flash:streamGenerateContent", slowDrip("gemini/text.sse", 1));

        leaveAfterTheFirstText("{\"provider\": \"GOOGLE\", \"model\": \"gemini-2.5-flash\", "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
    }

    @Test
    void closingTheClientConnectionClosesTheBedrockConnectionWithinASecond() throws Exception {
        environment.set("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", upstream.url(""))
                .set("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE").set("AWS_SECRET_ACCESS_KEY", "cancel-secret-key-1");
        List<byte[]> frames = EventStreamFrames.fixture("text.jsonl");
        List<byte[]> chunks = new ArrayList<>(frames.subList(0, 2));
        chunks.addAll(Collections.nCopies(300, frames.get(2)));
        upstream.on("/model/amazon.nova-lite-v1%3A0/converse-stream",
                MockReply.eventStream(chunks).withDelay(Duration.ofMillis(200)));

        leaveAfterTheFirstText("{\"provider\": \"AWS\", \"model\": \"amazon.nova-lite-v1:0\", "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}");
    }

    @Test
    void closingTheClientConnectionDuringAWholeAnswerClosesTheUpstreamConnection() throws Exception {
        environment.set("OPENAI_BASE_URL", upstream.url("/v1")).set("OPENAI_API_KEY", "sk-env-key-cancel-2");
        upstream.on(CHAT, MockReply.hangAfterHeaders()); // the provider is still generating the whole answer

        long closedAt;
        try (Socket socket = send(invocation("gpt-4o-mini", ""), "application/json")) {
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
