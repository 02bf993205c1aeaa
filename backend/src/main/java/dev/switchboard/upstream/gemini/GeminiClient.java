package dev.switchboard.upstream.gemini;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Google Gemini (Generative Language API): {@code POST {base}/v1beta/models/{model}:streamGenerateContent?alt=sse},
 * with the key in {@code x-goog-api-key}, never in the query string. The model may be given as
 * {@code gemini-2.5-flash} or {@code models/gemini-2.5-flash}.
 */
@Singleton
class GeminiClient implements UpstreamClient {

    static final String API_VERSION = "v1beta";

    private final JsonCalls calls;
    private final ObjectMapper json;

    GeminiClient(JsonCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.GOOGLE_GENAI;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        return calls.stream(call, url(call.credentials().baseUrl(), call.request().model()),
                ownedHeaders(call.credentials()), GeminiRequests.streaming(call.request()),
                (provider, scrubber) -> new GeminiStreamMapper(json, provider, scrubber, GeminiClient::callId));
    }

    /** {@code GET {base}/v1beta/models}. */
    @Override
    public Optional<UpstreamRequest> modelsRequest(UpstreamCall call) {
        return Optional.of(JsonCalls.get(call, JsonCalls.trimSlash(call.credentials().baseUrl()) + "/" + API_VERSION
                + "/models", ownedHeaders(call.credentials())));
    }

    static String url(String baseUrl, String model) {
        String base = JsonCalls.trimSlash(baseUrl);
        String resource = Arrays.stream(GeminiRequests.resource(model).split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return base + "/" + API_VERSION + "/" + resource + ":streamGenerateContent?alt=sse";
    }

    static Map<String, String> ownedHeaders(ResolvedCredentials credentials) {
        String key = credentials.values().get(CredentialNames.GEMINI_API_KEY);
        return key == null || key.isBlank() ? Map.of() : Map.of("x-goog-api-key", key);
    }

    private static String callId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
