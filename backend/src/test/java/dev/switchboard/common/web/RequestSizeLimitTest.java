package dev.switchboard.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies over {@code switchboard.max-request-size} (10 MiB by default): a 413 problem that states the
 * limit, read whole by the client (no reset), on every endpoint, and the server ready afterwards.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class RequestSizeLimitTest {

    static final long LIMIT = 10L * 1024 * 1024;
    static final String DETAIL = "The request body is larger than the limit of 10485760 bytes (10 MiB) (SWITCHBOARD_MAX_REQUEST_SIZE).";

    static MockUpstream upstream;

    @TestHTTPResource("/")
    URL server;

    @AfterEach
    void serverStaysReadyAndTheProviderHeardNothing() {
        given().get("/q/health/ready").then().statusCode(200);
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void anInvocationThreeTimesTheLimitSentAtOnceIsRefusedWith413() {
        given().contentType(ContentType.JSON).accept("text/event-stream").body(jsonOf(3 * LIMIT))
                .post("/api/v1/invocations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "payload-too-large"))
                .body("detail", equalTo(DETAIL));
    }

    @Test
    void secretsThreeTimesTheLimitSentAtOnceAreRefusedWith413() {
        given().contentType(ContentType.JSON).body(jsonOf(3 * LIMIT)).put("/api/v1/secrets")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "payload-too-large"))
                .body("detail", equalTo(DETAIL));
    }

    @Test
    void anInvocationWithADeclaredLengthOverTheLimitSentInSlowPiecesIsAnsweredWithoutReset() throws Exception {
        assertPayloadTooLarge(send("POST /api/v1/invocations", "Content-Length: " + 3 * LIMIT, false));
    }

    @Test
    void secretsWithADeclaredLengthOverTheLimitSentInSlowPiecesAreAnsweredWithoutReset() throws Exception {
        assertPayloadTooLarge(send("PUT /api/v1/secrets", "Content-Length: " + 3 * LIMIT, false));
    }

    @Test
    void aChunkedInvocationThatGrowsOverTheLimitIsAnsweredWithoutReset() throws Exception {
        assertPayloadTooLarge(send("POST /api/v1/invocations", "Transfer-Encoding: chunked", true));
    }

    @Test
    void chunkedSecretsThatGrowOverTheLimitAreAnsweredWithoutReset() throws Exception {
        assertPayloadTooLarge(send("PUT /api/v1/secrets", "Transfer-Encoding: chunked", true));
    }

    @Test
    void chunkedSecretsWithinTheLimitAreStored() throws Exception {
        byte[] body = "{\"secrets\": [{\"key\": \"CHUNKED_SECRET\", \"value\": \"a value sent in chunks\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/secrets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int from = 0; from < body.length; from += 10) {
                int size = Math.min(10, body.length - from);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, from, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            Reply reply = read(socket.getInputStream());

            assertEquals(200, reply.status, reply.toString());
            assertTrue(reply.body.contains("CHUNKED_SECRET"), reply.body);
        } finally {
            given().delete("/api/v1/secrets/CHUNKED_SECRET");
        }
    }

    private static void assertPayloadTooLarge(Reply reply) throws Exception {
        assertEquals(413, reply.status, reply.toString());
        assertTrue(reply.head.contains("content-type: application/problem+json"), reply.head);
        JsonNode problem = new ObjectMapper().readTree(reply.body);
        assertEquals(PROBLEM + "payload-too-large", problem.get("type").asText());
        assertEquals(DETAIL, problem.get("detail").asText());
    }

    /** A JSON document of about {@code size} bytes: a string member padded with x. */
    private static byte[] jsonOf(long size) {
        byte[] body = new byte[(int) size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"pad\": \"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    record Reply(int status, String head, String body) {
    }

    /**
     * Sends the request head, then 1.2 times the limit in 1 MiB pieces, 20 ms apart, then the end of a
     * chunked body, and reads the whole response: a reset fails the read.
     */
    private Reply send(String requestLine, String lengthHeader, boolean chunked) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\n" + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] piece = new byte[1024 * 1024];
            Arrays.fill(piece, (byte) ' ');
            for (int sent = 0; sent < LIMIT * 12 / 10; sent += piece.length) {
                if (chunked) {
                    out.write((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(piece);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                Thread.sleep(20);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return read(socket.getInputStream());
        }
    }

    private static Reply read(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("the connection ended inside the response head: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int status = Integer.parseInt(text.substring(9, 12));
        int length = text.lines().filter(line -> line.startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(15).trim())).findFirst()
                .orElseThrow(() -> new AssertionError("no content-length: " + text));
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length, "the whole body");
        return new Reply(status, text, new String(body, StandardCharsets.UTF_8));
    }
}
