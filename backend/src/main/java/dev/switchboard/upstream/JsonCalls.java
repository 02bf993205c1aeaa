package dev.switchboard.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.http.HeaderRules;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.UpstreamHttp;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The call every JSON protocol makes (OpenAI's two, Anthropic, Gemini): a JSON body posted with the
 * client's own headers merged over the user's custom ones, answered by server-sent events whose
 * {@code data:} payloads a protocol mapper turns into invocation events, or by the whole answer in one
 * JSON response that a protocol reader turns into the same events. A client only says where, how it
 * authenticates, what body, and which mapper or reader.
 */
@Singleton
public class JsonCalls {

    private static final Map<String, String> STREAMED = Map.of(
            "Accept", "text/event-stream",
            "User-Agent", "Switchboard/0.1");
    private static final Map<String, String> WHOLE = Map.of(
            "Accept", "application/json",
            "User-Agent", "Switchboard/0.1");

    /** Turns a provider's whole answer (the response body) into the events its stream would have carried. */
    @FunctionalInterface
    public interface AnswerReader {
        List<InvocationEvent> events(Buffer answer);
    }

    private final UpstreamHttp http;
    private final ObjectMapper json;

    public JsonCalls(UpstreamHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /**
     * @param url    the full endpoint URL, query included
     * @param auth   headers the client owns (credentials, protocol version); custom headers cannot replace them
     * @param body   the request body, serialised as JSON
     * @param mapper a new mapper for this stream, given the provider's name and the call's scrubber
     */
    public Multi<InvocationEvent> stream(UpstreamCall call, String url, Map<String, String> auth, Object body,
                                         BiFunction<String, Scrubber, StreamMapper<String>> mapper) {
        String provider = call.credentials().provider().displayName();
        Scrubber scrubber = call.scrubber();
        UpstreamRequest request = request(provider, scrubber, call, url, auth, body, true);
        return StreamMapper.map(http.events(request).map(SseEvent::data), mapper.apply(provider, scrubber));
    }

    /**
     * Asks for the whole answer in one JSON response (the body must say so, e.g. {@code "stream": false}).
     *
     * @param reader a reader of the answer, given the provider's name and the call's scrubber
     */
    public Multi<InvocationEvent> whole(UpstreamCall call, String url, Map<String, String> auth, Object body,
                                        BiFunction<String, Scrubber, AnswerReader> reader) {
        String provider = call.credentials().provider().displayName();
        Scrubber scrubber = call.scrubber();
        UpstreamRequest request = request(provider, scrubber, call, url, auth, body, false);
        AnswerReader answers = reader.apply(provider, scrubber);
        return http.body(request).onItem().transformToMulti(answer -> Multi.createFrom().iterable(answers.events(answer)));
    }

    private UpstreamRequest request(String provider, Scrubber scrubber, UpstreamCall call, String url,
                                    Map<String, String> auth, Object body, boolean streamed) {
        Map<String, String> owned = new HashMap<>(auth);
        owned.put("Content-Type", "application/json");
        return new UpstreamRequest(provider, HttpMethod.POST, url,
                HeaderRules.merge(streamed ? STREAMED : WHOLE, call.customHeaders(), owned),
                Buffer.buffer(serialise(body)), scrubber, streamed);
    }

    /** The URL without a trailing slash, so that paths can be appended. */
    public static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the request body", e);
        }
    }
}
