import io.vertx.core.AbstractVerticle;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;

/**
 * The "floor" of the benchmark: the cheapest proxy we can put on the server core. One Vert.x event loop
 * forwards POST /v1/chat/completions to the mock and pipes the answer back: status, Content-Type,
 * Content-Length when there is one, and the body chunks as they arrive (pipes, so back-pressure holds
 * and nothing is parsed or collected). Whatever it adds over a direct call is the price of being a
 * second process on another core; a gateway can only add to it.
 *
 *   java -cp <vertx jars>:bench/target/classes Proxy PORT UPSTREAM_PORT
 */
public class Proxy extends AbstractVerticle {

    private final int port;
    private final int upstreamPort;
    private HttpClient client;

    Proxy(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]), upstream = Integer.parseInt(args[1]);
        BenchServers.run(new Proxy(port, upstream), "proxy on 127.0.0.1:" + port + " -> 127.0.0.1:" + upstream);
    }

    @Override
    public void start() {
        // Keep-alive pool larger than any concurrency the bench uses, so no request waits for a connection.
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(upstreamPort)
                .setKeepAlive(true).setMaxPoolSize(1024).setTcpNoDelay(true).setIdleTimeout(0));
        BenchServers.listen(vertx, port, this::handle);
    }

    private void handle(HttpServerRequest req) {
        if (req.method() != HttpMethod.POST || !req.path().equals("/v1/chat/completions")) {
            // "/" answers the start-up check in run.sh.
            req.response().setStatusCode(req.path().equals("/") ? 200 : 404).end("proxy\n");
            return;
        }
        // Hold the request body until the upstream request exists, or its first bytes would be lost.
        req.pause();
        HttpServerResponse res = req.response();
        client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(req.uri()))
                .compose(up -> {
                    copy(req.headers(), up.headers(), HttpHeaders.CONTENT_TYPE);
                    copy(req.headers(), up.headers(), HttpHeaders.CONTENT_LENGTH);
                    return up.send(req); // pipes the request body (chunked if it had no length)
                })
                .onSuccess(upRes -> {
                    res.setStatusCode(upRes.statusCode());
                    copy(upRes.headers(), res.headers(), HttpHeaders.CONTENT_TYPE);
                    copy(upRes.headers(), res.headers(), HttpHeaders.CONTENT_LENGTH);
                    res.send(upRes); // pipes the answer; chunked when the upstream gave no length (SSE)
                })
                .onFailure(e -> res.setStatusCode(502).end("upstream: " + e.getMessage() + "\n")); // nothing sent yet
    }

    private static void copy(MultiMap from, MultiMap to, CharSequence name) {
        String value = from.get(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
