package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.JsonCalls;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.http.Scrubber;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The two OpenAI wire protocols, Chat Completions and Responses, for every client that speaks them:
 * OpenAI and OpenAI-compatible servers, and Azure OpenAI. A client only chooses where the request
 * goes and how it authenticates; the body, the headers rules and the stream mapping are shared.
 */
@Singleton
public class OpenAiProtocol {

    private final JsonCalls calls;
    private final ObjectMapper json;

    public OpenAiProtocol(JsonCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /**
     * Streams one call in the protocol of {@code call.apiType()}. When the caller wants the whole
     * answer, Chat Completions is asked for it in one response ({@code stream: false}): one JSON
     * document to read instead of an event per token.
     *
     * @param url  the full endpoint URL (chat completions or responses, query included)
     * @param auth the authentication headers the client owns (none, a bearer token or an api-key)
     */
    public Multi<InvocationEvent> stream(UpstreamCall call, String url, Map<String, String> auth) {
        boolean responses = call.apiType() == ApiType.RESPONSES;
        if (call.wholeAnswer() && !responses) {
            return calls.whole(call, url, auth, ChatRequests.whole(call.request()),
                    (provider, scrubber) -> new ChatAnswerReader(json, provider, scrubber));
        }
        Object body = responses ? ResponsesRequests.streaming(call.request()) : ChatRequests.streaming(call.request());
        return calls.stream(call, url, auth, body,
                (provider, scrubber) -> mapper(call.apiType(), json, provider, scrubber));
    }

    /** A new mapper of SSE {@code data:} payloads for one stream of the given API type. */
    public static StreamMapper<String> mapper(ApiType apiType, ObjectMapper json, String provider, Scrubber scrubber) {
        return apiType == ApiType.RESPONSES
                ? new ResponsesStreamMapper(json, provider, scrubber)
                : new ChatStreamMapper(json, provider, scrubber);
    }
}
