package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.invocation.InvocationEvent;
import dev.switchboard.provider.ApiType;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.UpstreamCall;
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
import java.util.Map;

/**
 * The two OpenAI wire protocols, Chat Completions and Responses, for every client that speaks them:
 * OpenAI and OpenAI-compatible servers, and Azure OpenAI. A client only chooses where the request
 * goes and how it authenticates; the body, the headers rules and the stream mapping are shared.
 */
@Singleton
public class OpenAiProtocol {

    private static final Map<String, String> DEFAULTS = Map.of(
            "Accept", "text/event-stream",
            "User-Agent", "Switchboard/0.1");

    private final UpstreamHttp http;
    private final ObjectMapper json;

    public OpenAiProtocol(UpstreamHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /**
     * Streams one call in the protocol of {@code call.apiType()}.
     *
     * @param url  the full endpoint URL (chat completions or responses, query included)
     * @param auth the authentication headers the client owns (none, a bearer token or an api-key)
     */
    public Multi<InvocationEvent> stream(UpstreamCall call, String url, Map<String, String> auth) {
        String provider = call.credentials().provider().displayName();
        Scrubber scrubber = call.scrubber();
        boolean responses = call.apiType() == ApiType.RESPONSES;
        Map<String, String> owned = new HashMap<>(auth);
        owned.put("Content-Type", "application/json");
        UpstreamRequest request = new UpstreamRequest(provider, HttpMethod.POST, url,
                HeaderRules.merge(DEFAULTS, call.customHeaders(), owned),
                Buffer.buffer(body(call, responses)), scrubber);
        return StreamMapper.map(http.events(request).map(SseEvent::data),
                mapper(call.apiType(), json, provider, scrubber));
    }

    /** A new mapper of SSE {@code data:} payloads for one stream of the given API type. */
    public static StreamMapper<String> mapper(ApiType apiType, ObjectMapper json, String provider, Scrubber scrubber) {
        return apiType == ApiType.RESPONSES
                ? new ResponsesStreamMapper(json, provider, scrubber)
                : new ChatStreamMapper(json, provider, scrubber);
    }

    private byte[] body(UpstreamCall call, boolean responses) {
        try {
            return json.writeValueAsBytes(responses
                    ? ResponsesRequests.streaming(call.request())
                    : ChatRequests.streaming(call.request()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the request body", e);
        }
    }

    /** The URL without a trailing slash, so that paths can be appended. */
    public static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
