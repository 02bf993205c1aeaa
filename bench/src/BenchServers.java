import io.vertx.core.AbstractVerticle;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/** What the bench's own servers (the mock, the floor proxy) share: one event loop, a loopback listener. */
final class BenchServers {

    private BenchServers() {
    }

    /**
     * Deploys {@code verticle} on a Vert.x with one event loop (the process gets one core from taskset and
     * should not share it among threads), printing {@code started} once it runs; exits if it cannot.
     */
    static void run(AbstractVerticle verticle, String started) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true));
        vertx.deployVerticle(verticle).onComplete(r -> {
            if (r.failed()) {
                r.cause().printStackTrace();
                System.exit(1);
            }
            System.out.println(started + " (native transport: " + vertx.isNativeTransportEnabled() + ")");
        });
    }

    /** Serves {@code handler} on 127.0.0.1:{@code port}; exits if it cannot listen. */
    static void listen(Vertx vertx, int port, Handler<HttpServerRequest> handler) {
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                        .setTcpNoDelay(true).setAcceptBacklog(8192).setIdleTimeout(0))
                .requestHandler(handler)
                .listen()
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }
}
