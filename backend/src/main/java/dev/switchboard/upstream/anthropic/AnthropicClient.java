package dev.switchboard.upstream.anthropic;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.CredentialNames;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import dev.switchboard.upstream.JsonCalls;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Anthropic Messages: {@code POST {base}/v1/messages}, streamed, with the key in {@code x-api-key}.
 * The key and {@code anthropic-version} are owned (a custom header cannot replace them);
 * {@code anthropic-beta} is a custom header like any other.
 */
@Singleton
class AnthropicClient implements UpstreamClient {

    static final String VERSION = "2023-06-01";

    private final JsonCalls calls;
    private final ObjectMapper json;

    AnthropicClient(JsonCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.ANTHROPIC;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        return calls.stream(call, url(call.credentials().baseUrl()), ownedHeaders(call.credentials()),
                AnthropicRequests.streaming(call.request()),
                (provider, scrubber) -> new AnthropicStreamMapper(json, provider, scrubber));
    }

    /** {@code GET {base}/v1/models}. */
    @Override
    public Optional<UpstreamRequest> modelsRequest(UpstreamCall call) {
        return Optional.of(JsonCalls.get(call, JsonCalls.trimSlash(call.credentials().baseUrl()) + "/v1/models",
                ownedHeaders(call.credentials())));
    }

    static String url(String baseUrl) {
        return JsonCalls.trimSlash(baseUrl) + "/v1/messages";
    }

    static Map<String, String> ownedHeaders(ResolvedCredentials credentials) {
        String key = credentials.values().get(CredentialNames.ANTHROPIC_API_KEY);
        return key == null || key.isBlank()
                ? Map.of("anthropic-version", VERSION)
                : Map.of("anthropic-version", VERSION, "x-api-key", key);
    }
}
