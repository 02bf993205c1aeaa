import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast OpenAI-compatible mock upstream: POST /v1/chat/completions on one Vert.x event loop.
 *
 * The model name configures the answer: "bench-c<N>-d<MS>" means N content chunks, MS milliseconds
 * apart (default c5, d0). With "stream":false the answer is one chat.completion JSON with the N tokens
 * concatenated; with "stream":true it is SSE: N chunks whose content is "ts<System.nanoTime()> " taken
 * just before the chunk is written (clients on this machine compare it with their own nanoTime to get the
 * per-chunk forwarding latency), then a finish chunk, a usage chunk and [DONE], written together with
 * the last content chunk. The first chunk goes out with the response headers, without delay.
 *
 *   java -cp <vertx jars>:bench/target/classes Mock PORT
 */
public class Mock extends AbstractVerticle {

    private static final Pattern MODEL = Pattern.compile("\"model\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");
    private static final Pattern CHUNKS = Pattern.compile("-c(\\d+)");
    private static final Pattern DELAY = Pattern.compile("-d(\\d+)");

    private final int port;

    Mock(int port) {
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        BenchServers.run(new Mock(port), "mock listening on 127.0.0.1:" + port);
    }

    @Override
    public void start() {
        BenchServers.listen(vertx, port, this::handle);
    }

    private void handle(HttpServerRequest req) {
        if (!req.path().endsWith("/chat/completions")) {
            req.response().setStatusCode(req.path().equals("/") ? 200 : 404).end("mock\n");
            return;
        }
        req.body().onSuccess(body -> {
            String text = body.toString(StandardCharsets.UTF_8);
            Matcher m = MODEL.matcher(text);
            String model = m.find() ? m.group(1) : "bench";
            int chunks = intOf(CHUNKS, model, 5);
            int delay = intOf(DELAY, model, 0);
            if (STREAM.matcher(text).find()) {
                stream(req.response(), model, chunks, delay);
            } else {
                whole(req.response(), model, chunks);
            }
        });
    }

    private static int intOf(Pattern p, String model, int dflt) {
        Matcher m = p.matcher(model);
        return m.find() ? Integer.parseInt(m.group(1)) : dflt;
    }

    private static void whole(HttpServerResponse res, String model, int chunks) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            content.append("tok ");
        }
        String json = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\""
                + model + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + content
                + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":" + chunks
                + ",\"total_tokens\":" + (8 + chunks) + "}}";
        res.putHeader("Content-Type", "application/json").end(json);
    }

    private void stream(HttpServerResponse res, String model, int chunks, int delay) {
        res.setChunked(true).putHeader("Content-Type", "text/event-stream").putHeader("Cache-Control", "no-cache");
        String head = "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
                + model + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ts";
        String tail = " \"},\"finish_reason\":null}]}\n\n";
        String end = "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
                + model + "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                + "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
                + model + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":" + chunks
                + ",\"total_tokens\":" + (8 + chunks) + "}}\n\n"
                + "data: [DONE]\n\n";
        if (delay <= 0) {
            // Burst: every chunk as its own write, back to back.
            for (int i = 0; i < chunks; i++) {
                res.write(head + System.nanoTime() + tail);
            }
            res.end(end);
            return;
        }
        new Object() {
            int sent;
            boolean closed;

            void next() {
                if (closed || res.closed()) {
                    return;
                }
                String chunk = head + System.nanoTime() + tail;
                if (++sent >= chunks) {
                    res.end(chunk + end);
                } else {
                    res.write(chunk);
                    vertx.setTimer(delay, t -> next());
                }
            }

            void start() {
                res.closeHandler(v -> closed = true);
                next();
            }
        }.start();
    }
}
