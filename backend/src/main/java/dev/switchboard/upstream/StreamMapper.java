package dev.switchboard.upstream;

import dev.switchboard.model.InvocationEvent;
import io.smallrye.mutiny.Multi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one provider stream into invocation events; one instance per stream, since protocols
 * spread what we report over several events (finish reasons before usage, tool call ids first).
 */
public interface StreamMapper<T> {

    /** Maps one upstream event. Throws an {@code UpstreamException} for an error inside the stream. */
    void accept(T event, Consumer<InvocationEvent> out);

    /**
     * The upstream response ended: emits what the end completes, always {@code finish} last, or
     * throws when the stream was cut off before the provider said it was done.
     */
    void end(Consumer<InvocationEvent> out);

    /** Applies the mapper to a stream of upstream events. */
    static <T> Multi<InvocationEvent> map(Multi<T> upstream, StreamMapper<T> mapper) {
        Multi<InvocationEvent> body = upstream.onItem().transformToIterable(event -> {
            List<InvocationEvent> out = new ArrayList<>(2);
            mapper.accept(event, out::add);
            return out;
        });
        Multi<InvocationEvent> end = Multi.createFrom().deferred(() -> {
            List<InvocationEvent> out = new ArrayList<>(1);
            mapper.end(out::add);
            return Multi.createFrom().iterable(out);
        });
        return Multi.createBy().concatenating().streams(body, end);
    }
}
