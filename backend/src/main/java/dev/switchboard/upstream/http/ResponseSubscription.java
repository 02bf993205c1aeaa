package dev.switchboard.upstream.http;

import dev.switchboard.common.web.Contexts;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * One streaming call, bound to one subscriber. Everything runs on one Vert.x context, so the state
 * needs no locks; {@link #request} and {@link #cancel} hop onto it when called from another thread
 * (and run at once on it: the usual case, one task fewer per chunk).
 */
final class ResponseSubscription implements Flow.Subscription {

    private final io.vertx.core.Vertx vertx;
    private final Context context;
    private final UpstreamClients clients;
    private final UpstreamConfig config;
    private final long idleMillis;
    private final UpstreamRequest call;
    private final Flow.Subscriber<? super io.vertx.mutiny.core.buffer.Buffer> subscriber;

    private HttpClientRequest request;
    private HttpClientResponse response;
    /** Demand that arrived before the response did; handed to {@code fetch} once it is there. */
    private long pendingDemand;
    /** Items asked for and not yet delivered: while zero, silence is the subscriber's doing, not the upstream's. */
    private long outstanding;
    private boolean streaming;
    /**
     * The connection failed while the body was being read. Vert.x reports that at once, while chunks
     * that came before it may still wait in the response's queue for demand: the failure is delivered
     * only after them (see {@link #failAfterQueuedChunks}).
     */
    private Throwable failureBehindChunks;
    private boolean done;
    /** Set at once by {@link #cancel} (any thread): a failure after it is nobody's business any more. */
    private volatile boolean cancelled;
    private long overallTimer = -1;
    /** The idle timer, when running; it checks {@link #lastActivity} rather than being re-set per chunk. */
    private long idleTimer = -1;
    private long lastActivity;

    ResponseSubscription(io.vertx.core.Vertx vertx, UpstreamClients clients, UpstreamConfig config, UpstreamRequest call,
                         Flow.Subscriber<? super io.vertx.mutiny.core.buffer.Buffer> subscriber) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.clients = clients;
        this.config = config;
        this.idleMillis = Math.max(1, config.idleTimeout().toMillis());
        this.call = call;
        this.subscriber = subscriber;
    }

    void start() {
        onContext(() -> {
            if (done) {
                return;
            }
            overallTimer = vertx.setTimer(Math.max(1, config.overallTimeout().toMillis()), id -> fail(
                    UpstreamStatus.timeout(call.provider(), "did not finish the response", config.overallTimeout())));
            RequestOptions options;
            try {
                options = new RequestOptions()
                        .setMethod(call.method())
                        .setAbsoluteURI(call.url())
                        // A redirect would let a base URL that passed the egress guard lead somewhere that did not.
                        .setFollowRedirects(false)
                        .setConnectTimeout(config.connectTimeout().toMillis());
            } catch (RuntimeException e) { // a malformed URL: fail the stream rather than the caller's thread
                failTransport(e);
                return;
            }
            call.headers().forEach(options::putHeader);
            clients.forCurrentThread().request(options).onComplete(this::sendOn);
        });
    }

    private void sendOn(AsyncResult<HttpClientRequest> connected) {
        if (connected.failed()) {
            failTransport(connected.cause());
            return;
        }
        request = connected.result();
        // Without a handler Vert.x logs our own reset (on cancel) as an error.
        request.exceptionHandler(this::onTransportFailure);
        if (done) {
            request.reset();
            return;
        }
        if (call.streamed()) {
            touch(); // connected (the connect timeout covered that): now the wait for the status line
        } // a whole answer comes when the provider has generated it all: only the overall timeout applies
        (call.body() == null ? request.send() : request.send(call.body().getDelegate())).onComplete(sent -> {
            if (sent.failed()) {
                failTransport(sent.cause());
            } else {
                onResponse(sent.result());
            }
        });
    }

    private void onResponse(HttpClientResponse reply) {
        response = reply;
        reply.pause();
        if (done) {
            request.reset();
            return;
        }
        reply.exceptionHandler(this::onTransportFailure);
        touch();
        int status = reply.statusCode();
        if (status < 200 || status >= 300) {
            readError(reply, status);
            return;
        }
        streaming = true;
        reply.handler(chunk -> {
            if (!done) {
                outstanding--;
                touch();
                subscriber.onNext(io.vertx.mutiny.core.buffer.Buffer.newInstance(chunk));
            }
        });
        reply.endHandler(v -> complete());
        if (pendingDemand > 0) {
            reply.fetch(pendingDemand);
            pendingDemand = 0;
        }
    }

    /** Reads a bounded part of an error body, without subscriber demand, and fails with its problem. */
    private void readError(HttpClientResponse reply, int status) {
        int limit = (int) Math.min(Integer.MAX_VALUE, config.maxErrorBodySize().asLongValue());
        Buffer body = Buffer.buffer();
        String retryAfter = reply.getHeader(HttpHeaders.RETRY_AFTER);
        Runnable finish = () -> fail(UpstreamStatus.fromReply(call.provider(), status, retryAfter,
                body.toString(StandardCharsets.UTF_8), call.scrubber()));
        reply.handler(chunk -> {
            touch();
            body.appendBuffer(chunk, 0, Math.min(chunk.length(), limit - body.length()));
            if (body.length() >= limit) {
                finish.run(); // resets the request: the rest is not worth reading
            }
        });
        reply.endHandler(v -> finish.run());
        reply.exceptionHandler(e -> finish.run());
        reply.resume();
    }

    @Override
    public void request(long n) {
        onContext(() -> {
            if (done) {
                return;
            }
            if (n <= 0) {
                fail(new IllegalArgumentException("Reactive Streams rule 3.9: demand must be positive"));
            } else {
                outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
                if (streaming) {
                    touch(); // silence counts from now: until this demand the subscriber held the stream
                    response.fetch(n);
                    failAfterQueuedChunks();
                } else {
                    pendingDemand = pendingDemand + n < 0 ? Long.MAX_VALUE : pendingDemand + n;
                }
            }
        });
    }

    @Override
    public void cancel() {
        cancelled = true;
        onContext(() -> {
            if (!done) {
                done = true;
                stop();
            }
        });
    }

    private void onContext(Runnable action) {
        Contexts.runOn(context, action);
    }

    /**
     * Something was heard (or asked for): the upstream has the idle timeout from now to send more.
     * The timer is not re-set per chunk; when it fires it looks at how long it has really been quiet.
     */
    private void touch() {
        lastActivity = System.nanoTime();
        if (idleTimer < 0 && !done) {
            idleTimer = vertx.setTimer(idleMillis, this::checkIdle);
        }
    }

    private void checkIdle(long timerId) {
        idleTimer = -1;
        if (done || (streaming && outstanding == 0)) {
            return; // nobody asked for data, so silence is not the upstream's; the next request re-arms
        }
        long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastActivity);
        if (quiet >= idleMillis) {
            fail(UpstreamStatus.timeout(call.provider(), "sent no data", config.idleTimeout()));
        } else {
            idleTimer = vertx.setTimer(idleMillis - quiet, this::checkIdle);
        }
    }

    private void complete() {
        if (!done) {
            done = true;
            cancelTimers();
            subscriber.onComplete();
        }
    }

    private void cancelTimers() {
        vertx.cancelTimer(overallTimer);
        vertx.cancelTimer(idleTimer);
    }

    /** A failure of the connection: at once before the body, after the chunks already received while reading it. */
    private void onTransportFailure(Throwable failure) {
        if (!streaming) {
            failTransport(failure);
        } else if (!done && failureBehindChunks == null) {
            failureBehindChunks = UpstreamStatus.fromTransport(call.provider(), failure);
            failAfterQueuedChunks();
        }
    }

    /**
     * Fails with {@link #failureBehindChunks} once the response's queue is empty. While there is unmet
     * demand, Vert.x has been asked to fetch it; a drain of its queue, if one is due, was scheduled on
     * this event loop before the check below, so demand still unmet after it means nothing is left. Without
     * demand the queue may still hold chunks: the next {@link #request} looks again.
     */
    private void failAfterQueuedChunks() {
        if (failureBehindChunks != null && outstanding > 0) {
            context.runOnContext(v -> {
                if (outstanding > 0) {
                    fail(failureBehindChunks);
                }
            });
        }
    }

    private void failTransport(Throwable failure) {
        fail(UpstreamStatus.fromTransport(call.provider(), failure));
    }

    private void fail(Throwable failure) {
        if (!done) {
            done = true;
            stop();
            if (!cancelled) {
                subscriber.onError(failure);
            }
        }
    }

    /** Cancels the timer and aborts the call; on HTTP/1.1 the reset closes the connection. */
    private void stop() {
        cancelTimers();
        if (request != null) {
            request.reset();
        }
    }
}
