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
 * authenticates, what body, and which mapper or reader. Bedrock, which posts JSON too but is answered
 * in binary frames, uses the parts: {@link #defaults}, {@link #headers}, {@link #json} and {@link #trimSlash}.
 */
@Singleton
public class JsonCalls {

    /** Who calls, unless a custom header says otherwise. */
    static final String USER_AGENT = "Switchboard/0.1";

    private static final Map<String, String> STREAMED = defaults("text/event-stream");
    private static final Map<String, String> WHOLE = defaults("application/json");

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
        UpstreamRequest request = request(call, url, auth, body, true);
        return StreamMapper.map(http.events(request).map(SseEvent::data),
                mapper.apply(request.provider(), request.scrubber()));
    }

    /**
     * Asks for the whole answer in one JSON response (the body must say so, e.g. {@code "stream": false}).
     *
     * @param reader a reader of the answer, given the provider's name and the call's scrubber
     */
    public Multi<InvocationEvent> whole(UpstreamCall call, String url, Map<String, String> auth, Object body,
                                        BiFunction<String, Scrubber, AnswerReader> reader) {
        UpstreamRequest request = request(call, url, auth, body, false);
        AnswerReader answers = reader.apply(request.provider(), request.scrubber());
        return http.body(request).onItem().transformToMulti(answer -> Multi.createFrom().iterable(answers.events(answer)));
    }

    private UpstreamRequest request(UpstreamCall call, String url, Map<String, String> auth, Object body,
                                    boolean streamed) {
        return new UpstreamRequest(call.providerName(), HttpMethod.POST, url,
                headers(streamed ? STREAMED : WHOLE, call.customHeaders(), auth),
                Buffer.buffer(json(body)), call.scrubber(), streamed);
    }

    /** A GET answered with JSON (e.g. a model list), with the client's owned headers over the custom ones. */
    public static UpstreamRequest get(UpstreamCall call, String url, Map<String, String> auth) {
        return new UpstreamRequest(call.providerName(), HttpMethod.GET, url,
                HeaderRules.merge(WHOLE, call.customHeaders(), auth), null, call.scrubber(), false);
    }

    /** The headers a call sends unless custom headers override them: what it accepts, and who asks. */
    public static Map<String, String> defaults(String accept) {
        return Map.of("Accept", accept, "User-Agent", USER_AGENT);
    }

    /**
     * The headers of a call with a JSON body, by {@link HeaderRules#merge}: the defaults, overridden by
     * the custom headers, then the headers the client owns and the body's {@code Content-Type}, which
     * custom headers cannot replace.
     */
    public static Map<String, String> headers(Map<String, String> defaults, Map<String, String> custom,
                                              Map<String, String> owned) {
        Map<String, String> withBody = new HashMap<>(owned);
        withBody.put("Content-Type", "application/json");
        return HeaderRules.merge(defaults, custom, withBody);
    }

    /** The request body as JSON. */
    public byte[] json(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the request body", e);
        }
    }

    /** The URL without surrounding whitespace or trailing slashes, so that paths can be appended. */
    public static String trimSlash(String url) {
        String trimmed = url.strip();
        int end = trimmed.length();
        while (end > 0 && trimmed.charAt(end - 1) == '/') {
            end--;
        }
        return trimmed.substring(0, end);
    }
}
