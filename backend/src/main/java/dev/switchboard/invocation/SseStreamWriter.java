package dev.switchboard.invocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.Problems;
import dev.switchboard.common.web.Contexts;
import dev.switchboard.model.InvocationEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow.Subscription;
import java.util.function.Function;

/**
 * Writes an invocation's events to the HTTP response as server-sent events, one at a time:
 * the next event is requested only when the response can take more (back-pressure), so a slow
 * client slows the upstream read instead of filling memory. The status line is held back until
 * the first event, so failures before it (credentials, the upstream's own 4xx/5xx) are plain
 * problem+json responses. A client that goes away cancels the subscription, which cancels the
 * upstream request.
 * <p>
 * Events are not written one socket write each: those that arrive in the same turn of the event
 * loop (the events of one network read from the provider) are framed into one buffer, written by a
 * task queued behind that turn (the flush consolidation Netty's FlushConsolidationHandler does).
 * Nothing waits for more: an event goes out as soon as the read that brought it is processed.
 */
final class SseStreamWriter implements MultiSubscriber<InvocationEvent> {

    private static final Logger LOG = Logger.getLogger(SseStreamWriter.class);

    private final HttpServerResponse response;
    private final Context context;
    private final ObjectMapper json;
    private final Function<Throwable, ProblemDetail> problems;
    private final String instance;
    private final InvocationEvent.Start start;
    private volatile Subscription subscription;
    private boolean started;
    private boolean done;
    /** Frames not yet written, and whether a task to write them is queued. */
    private Buffer pending;
    private boolean flushQueued;
    /** The next event is asked for once the pending frames are written (they grew past the limit). */
    private boolean requestAfterFlush;

    /** Frames gathered past this size wait for the write before the next event is requested. */
    private static final int MAX_PENDING = 64 * 1024;

    private SseStreamWriter(InvocationEvent.Start start, HttpServerResponse response, Context context,
                            ObjectMapper json, Function<Throwable, ProblemDetail> problems, String instance) {
        this.start = start;
        this.response = response;
        this.context = context;
        this.json = json;
        this.problems = problems;
        this.instance = instance;
    }

    /**
     * Streams {@code events} (the upstream's, which begin only once it answered 2xx), preceded by
     * {@code start} when the first of them arrives.
     */
    static void stream(InvocationEvent.Start start, Multi<InvocationEvent> events, HttpServerResponse response,
                       Context context, ObjectMapper json, Function<Throwable, ProblemDetail> problems,
                       String instance) {
        if (response.closed()) {
            return; // the client left while the invocation was being prepared: do not call the provider
        }
        SseStreamWriter writer = new SseStreamWriter(start, response, context, json, problems, instance);
        response.closeHandler(v -> writer.cancel());
        events.subscribe().withSubscriber(writer);
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onItem(InvocationEvent event) {
        onContext(() -> write(event));
    }

    @Override
    public void onFailure(Throwable failure) {
        onContext(() -> fail(failure));
    }

    @Override
    public void onCompletion() {
        onContext(this::complete);
    }

    /** The response is touched only on the request's event loop; the upstream usually calls us there. */
    private void onContext(Runnable action) {
        Contexts.runOn(context, action);
    }

    private void write(InvocationEvent event) {
        if (done || response.closed()) {
            cancel();
            return;
        }
        if (!started) {
            started = true;
            response.setStatusCode(200)
                    .setChunked(true)
                    .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                    .putHeader("Cache-Control", "no-cache")
                    .putHeader("X-Accel-Buffering", "no");
            pending = frame(start);
        }
        Buffer frame = frame(event);
        pending = pending == null ? frame : pending.appendBuffer(frame);
        if (event instanceof InvocationEvent.Finish || event instanceof InvocationEvent.Error) {
            done = true;
            Buffer last = pending;
            pending = null;
            response.end(last);
            cancel();
            return;
        }
        if (!flushQueued) {
            flushQueued = true;
            context.runOnContext(v -> flush());
        }
        if (pending.length() < MAX_PENDING && !response.writeQueueFull()) {
            subscription.request(1);
        } else {
            requestAfterFlush = true;
        }
    }

    private void flush() {
        flushQueued = false;
        if (done || pending == null) {
            return;
        }
        if (response.closed()) {
            cancel();
            return;
        }
        Buffer frames = pending;
        pending = null;
        response.write(frames);
        if (requestAfterFlush) {
            requestAfterFlush = false;
            if (response.writeQueueFull()) {
                response.drainHandler(v -> subscription.request(1));
            } else {
                subscription.request(1);
            }
        }
    }

    private void fail(Throwable failure) {
        if (done || response.closed()) {
            return;
        }
        ProblemDetail problem = problems.apply(failure);
        if (started) {
            write(new InvocationEvent.Error(problem));
            return;
        }
        done = true;
        Problems.write(response, problem, json);
    }

    private void complete() {
        if (!done && !response.closed()) {
            // A stream must end with finish or error; an upstream client that completes without
            // either has a bug, which the user should see rather than a silently cut answer.
            LOG.errorf("Invocation stream on %s completed without finish", instance);
            fail(new IllegalStateException("stream completed without a finish event"));
        }
    }

    private void cancel() {
        Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private Buffer frame(InvocationEvent event) {
        try {
            byte[] data = json.writeValueAsBytes(event);
            byte[] name = event.eventName().getBytes(StandardCharsets.US_ASCII);
            return Buffer.buffer(data.length + name.length + 16)
                    .appendBytes(EVENT).appendBytes(name).appendBytes(DATA).appendBytes(data).appendBytes(END);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.eventName() + " event", e);
        }
    }

    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
}
