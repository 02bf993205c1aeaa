package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.credential.ResolvedCredentials;
import dev.switchboard.invocation.InvocationEvent;
import dev.switchboard.provider.ApiType;
import dev.switchboard.provider.CredentialKind;
import dev.switchboard.provider.CredentialSpec;
import dev.switchboard.provider.Sdk;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.http.HeaderRules;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.UpstreamHttp;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * OpenAI and every OpenAI-compatible server (DeepSeek, xAI, Ollama, Groq, …): Chat Completions
 * ({@code POST {base}/chat/completions}) or Responses ({@code POST {base}/responses}), streamed,
 * with the key as a bearer token.
 */
@Singleton
class OpenAiClient implements UpstreamClient {

    private static final Map<String, String> DEFAULTS = Map.of(
            "Accept", "text/event-stream",
            "User-Agent", "Switchboard/0.1");

    private final UpstreamHttp http;
    private final ObjectMapper json;

    OpenAiClient(UpstreamHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.OPENAI;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        return Multi.createFrom().deferred(() -> {
            ResolvedCredentials credentials = call.credentials();
            String provider = credentials.provider().displayName();
            Scrubber scrubber = call.scrubber();
            boolean responses = call.apiType() == ApiType.RESPONSES;
            UpstreamRequest request = new UpstreamRequest(provider, HttpMethod.POST,
                    trimSlash(credentials.baseUrl()) + (responses ? "/responses" : "/chat/completions"),
                    HeaderRules.merge(DEFAULTS, call.customHeaders(), ownedHeaders(credentials)),
                    Buffer.buffer(body(call, responses)), scrubber);
            StreamMapper<String> mapper = responses
                    ? new ResponsesStreamMapper(json, provider, scrubber)
                    : new ChatStreamMapper(json, provider, scrubber);
            return StreamMapper.map(http.events(request).map(SseEvent::data), mapper);
        });
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

    /** The bearer token, when the provider has a key (Ollama has none). */
    private static Map<String, String> ownedHeaders(ResolvedCredentials credentials) {
        String key = credentials.provider().credentials().stream()
                .filter(spec -> spec.kind() == CredentialKind.KEY)
                .map(CredentialSpec::name)
                .map(name -> credentials.values().get(name))
                .filter(value -> value != null && !value.isBlank())
                .findFirst().orElse(null);
        return key == null
                ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + key);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
