package dev.switchboard.upstream.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.credential.ResolvedCredentials;
import dev.switchboard.invocation.InvocationEvent;
import dev.switchboard.provider.Sdk;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.UpstreamCall;
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
 * Anthropic Messages: {@code POST {base}/v1/messages}, streamed, with the key in {@code x-api-key}.
 * The key and {@code anthropic-version} are owned (a custom header cannot replace them);
 * {@code anthropic-beta} is a custom header like any other.
 */
@Singleton
class AnthropicClient implements UpstreamClient {

    static final String API_KEY = "ANTHROPIC_API_KEY";
    static final String VERSION = "2023-06-01";

    private static final Map<String, String> DEFAULTS = Map.of(
            "Accept", "text/event-stream",
            "User-Agent", "Switchboard/0.1");

    private final UpstreamHttp http;
    private final ObjectMapper json;

    AnthropicClient(UpstreamHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.ANTHROPIC;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        return Multi.createFrom().deferred(() -> {
            ResolvedCredentials credentials = call.credentials();
            String provider = credentials.provider().displayName();
            Scrubber scrubber = call.scrubber();
            UpstreamRequest request = new UpstreamRequest(provider, HttpMethod.POST,
                    url(credentials.baseUrl()),
                    HeaderRules.merge(DEFAULTS, call.customHeaders(), ownedHeaders(credentials)),
                    Buffer.buffer(body(call)), scrubber);
            return StreamMapper.map(http.events(request).map(SseEvent::data),
                    new AnthropicStreamMapper(json, provider, scrubber));
        });
    }

    static String url(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/v1/messages";
    }

    static Map<String, String> ownedHeaders(ResolvedCredentials credentials) {
        String key = credentials.values().get(API_KEY);
        return key == null || key.isBlank()
                ? Map.of("Content-Type", "application/json", "anthropic-version", VERSION)
                : Map.of("Content-Type", "application/json", "anthropic-version", VERSION, "x-api-key", key);
    }

    private byte[] body(UpstreamCall call) {
        try {
            return json.writeValueAsBytes(AnthropicRequests.streaming(call.request()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the request body", e);
        }
    }
}
