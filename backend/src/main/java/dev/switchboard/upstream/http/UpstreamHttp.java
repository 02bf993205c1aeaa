package dev.switchboard.upstream.http;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.function.IntFunction;

/**
 * Streaming calls to providers, on the core Vert.x HTTP client rather than the WebClient, because a
 * stream needs the response as a ReadStream: subscriber demand becomes {@code response.fetch(n)} (the
 * connection stops being read while nobody asks for more), and a cancelled subscription resets the
 * request, which closes the upstream connection. Mutiny's own {@code toMulti()} maps demand but does
 * not abort the request on cancel, which would leave the provider generating (and billing) tokens.
 */
@Singleton
public class UpstreamHttp {

    private final io.vertx.core.Vertx vertx;
    private final UpstreamClients clients;
    private final UpstreamConfig config;

    @Inject
    UpstreamHttp(Vertx vertx, UpstreamClients clients, UpstreamConfig config) {
        this.vertx = vertx.getDelegate();
        this.clients = clients;
        this.config = config;
    }

    /**
     * The response body of a 2xx reply, chunk by chunk as the network delivers it. Each subscription
     * makes the call afresh. Fails with an {@link UpstreamException}: a non-2xx reply is classified by
     * {@link UpstreamStatus} from its (bounded) body; no data for the idle timeout, or no end within the
     * overall timeout, is upstream-timeout. Signals arrive on a Vert.x event-loop thread: do not block.
     */
    public Multi<Buffer> stream(UpstreamRequest request) {
        return Multi.createFrom().publisher(subscriber -> {
            ResponseSubscription subscription = new ResponseSubscription(vertx, clients, config, request, subscriber);
            subscriber.onSubscribe(subscription);
            subscription.start();
        });
    }

    /**
     * The whole body of a 2xx reply, for a provider asked for its answer in one response. Fails like
     * {@link #stream}, and with upstream-protocol when the body is larger than the configured maximum.
     */
    public Uni<Buffer> body(UpstreamRequest request) {
        long limit = config.maxAnswerSize().asLongValue();
        return stream(request).collect().in(Buffer::buffer, (body, chunk) -> {
            if (body.length() + chunk.length() > limit) {
                throw StreamErrors.answerTooLarge(request.provider(), limit);
            }
            body.appendBuffer(chunk);
        });
    }

    /** The server-sent events of a 2xx reply, framed as {@link #frames} says. */
    public Multi<SseEvent> events(UpstreamRequest request) {
        return frames(request, SseParser::new);
    }

    /**
     * The frames of a 2xx reply, cut from its chunks as they arrive. Fails like {@link #stream}; a
     * frame that cannot be read fails as the framing says, attributed to the provider; and a body that
     * ends inside a frame fails as {@link StreamErrors#truncated}: the provider's answer was cut off,
     * however complete the frames before the cut looked.
     *
     * @param framing a new framing for one stream, given the largest frame to accept
     *                ({@code switchboard.upstream.max-event-size})
     */
    public <T> Multi<T> frames(UpstreamRequest request, IntFunction<? extends Framing<T>> framing) {
        int maxFrameSize = (int) Math.min(Integer.MAX_VALUE, config.maxEventSize().asLongValue());
        return Multi.createFrom().deferred(() -> {
            Framing<T> framer = framing.apply(maxFrameSize);
            return stream(request)
                    .onItem().transformToIterable(framer::feed)
                    .onCompletion().invoke(() -> {
                        if (framer.end()) {
                            throw StreamErrors.truncated(request.provider());
                        }
                    })
                    .onFailure().transform(failure -> failure instanceof UpstreamException upstream
                            && upstream.provider() == null ? upstream.withProvider(request.provider()) : failure);
        });
    }
}
