package dev.switchboard.upstream.http;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

/**
 * One streaming call, bound to one subscriber. Everything runs on one Vert.x context, so the state
 * needs no locks; {@link #request} and {@link #cancel} hop onto it from whatever thread calls them.
 */
final class ResponseSubscription implements Flow.Subscription {

    private final io.vertx.core.Vertx vertx;
    private final Context context;
    private final HttpClient client;
    private final UpstreamConfig config;
    private final UpstreamRequest call;
    private final Flow.Subscriber<? super io.vertx.mutiny.core.buffer.Buffer> subscriber;

    private HttpClientRequest request;
    private HttpClientResponse response;
    /** Demand that arrived before the response did; handed to {@code fetch} once it is there. */
    private long pendingDemand;
    /** Items asked for and not yet delivered: while zero, silence is the subscriber's doing, not the upstream's. */
    private long outstanding;
    private boolean streaming;
    private boolean done;
    /** Set at once by {@link #cancel} (any thread): a failure after it is nobody's business any more. */
    private volatile boolean cancelled;
    private long overallTimer = -1;
    private long idleTimer = -1;

    ResponseSubscription(io.vertx.core.Vertx vertx, HttpClient client, UpstreamConfig config, UpstreamRequest call,
                         Flow.Subscriber<? super io.vertx.mutiny.core.buffer.Buffer> subscriber) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.client = client;
        this.config = config;
        this.call = call;
        this.subscriber = subscriber;
    }

    void start() {
        context.runOnContext(v -> {
            if (done) {
                return;
            }
            overallTimer = vertx.setTimer(Math.max(1, config.overallTimeout().toMillis()), id -> fail(
                    UpstreamStatus.timeout(call.provider(), "did not finish the response", config.overallTimeout())));
            RequestOptions options = new RequestOptions()
                    .setMethod(call.method())
                    .setAbsoluteURI(call.url())
                    .setFollowRedirects(false)
                    .setConnectTimeout(config.connectTimeout().toMillis());
            call.headers().forEach(options::putHeader);
            client.request(options).onComplete(this::sendOn);
        });
    }

    private void sendOn(AsyncResult<HttpClientRequest> connected) {
        if (connected.failed()) {
            failTransport(connected.cause());
            return;
        }
        request = connected.result();
        // Without a handler Vert.x logs our own reset (on cancel) as an error.
        request.exceptionHandler(this::failTransport);
        if (done) {
            request.reset();
            return;
        }
        armIdleTimer(); // connected (the connect timeout covered that): now the wait for the status line
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
        reply.exceptionHandler(this::failTransport);
        armIdleTimer();
        int status = reply.statusCode();
        if (status < 200 || status >= 300) {
            readError(reply, status);
            return;
        }
        streaming = true;
        reply.handler(chunk -> {
            if (!done) {
                outstanding--;
                armIdleTimer();
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
            armIdleTimer();
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
        context.runOnContext(v -> {
            if (done) {
                return;
            }
            if (n <= 0) {
                fail(new IllegalArgumentException("Reactive Streams rule 3.9: demand must be positive"));
            } else {
                outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
                if (streaming) {
                    armIdleTimer();
                    response.fetch(n);
                } else {
                    pendingDemand = pendingDemand + n < 0 ? Long.MAX_VALUE : pendingDemand + n;
                }
            }
        });
    }

    @Override
    public void cancel() {
        cancelled = true;
        context.runOnContext(v -> {
            if (!done) {
                done = true;
                stop();
            }
        });
    }

    /**
     * (Re)starts the idle timer: the upstream must send something within the idle timeout. While the
     * subscriber has no outstanding demand the connection is not read, so the timer stays off.
     */
    private void armIdleTimer() {
        vertx.cancelTimer(idleTimer);
        idleTimer = -1;
        if (!done && (!streaming || outstanding > 0)) {
            idleTimer = vertx.setTimer(Math.max(1, config.idleTimeout().toMillis()), id -> fail(
                    UpstreamStatus.timeout(call.provider(), "sent no data", config.idleTimeout())));
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
