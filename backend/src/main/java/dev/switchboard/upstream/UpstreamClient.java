package dev.switchboard.upstream;

import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.Sdk;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;

import java.util.Optional;

/** A hand-written client for one wire protocol. */
public interface UpstreamClient {

    /** The protocols this client speaks. */
    boolean speaks(Sdk sdk);

    /**
     * Calls the provider and streams what it answers. Nothing is emitted before the provider
     * replied 2xx (its errors fail the stream with an {@code UpstreamException} first); the last
     * event is {@code finish}. Cancelling the subscription aborts the HTTP request. When
     * {@code call.wholeAnswer()}, a client may ask the provider for the whole answer in one response
     * and emit its events at once.
     * <p>
     * The caller calls this only when the stream is subscribed to (see {@code InvocationService}), so a
     * client builds its request here directly, and a request it cannot build (a {@code ProblemException})
     * may be thrown: it fails the stream like an upstream error.
     */
    Multi<InvocationEvent> stream(UpstreamCall call);

    /**
     * The request that lists the provider's models for this call's address and credentials: the cheapest
     * call that proves both (a connection test). Empty where the protocol has none (Bedrock's runtime
     * API); a test then sends a minimal invocation instead.
     */
    default Optional<UpstreamRequest> modelsRequest(UpstreamCall call) {
        return Optional.empty();
    }
}
