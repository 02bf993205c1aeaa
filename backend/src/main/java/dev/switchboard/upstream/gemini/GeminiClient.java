package dev.switchboard.upstream.gemini;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Google Gemini (Generative Language API): {@code POST {base}/v1beta/models/{model}:streamGenerateContent?alt=sse},
 * with the key in {@code x-goog-api-key}, never in the query string. The model may be given as
 * {@code gemini-2.5-flash} or {@code models/gemini-2.5-flash}.
 */
@Singleton
class GeminiClient implements UpstreamClient {

    /** The canonical name, also when GOOGLE_API_KEY supplied the value. */
    static final String API_KEY = "GEMINI_API_KEY";
    static final String API_VERSION = "v1beta";

    private static final Map<String, String> DEFAULTS = Map.of(
            "Accept", "text/event-stream",
            "User-Agent", "Switchboard/0.1");

    private final UpstreamHttp http;
    private final ObjectMapper json;

    GeminiClient(UpstreamHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.GOOGLE_GENAI;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        return Multi.createFrom().deferred(() -> {
            ResolvedCredentials credentials = call.credentials();
            String provider = credentials.provider().displayName();
            Scrubber scrubber = call.scrubber();
            UpstreamRequest request = new UpstreamRequest(provider, HttpMethod.POST,
                    url(credentials.baseUrl(), call.request().model()),
                    HeaderRules.merge(DEFAULTS, call.customHeaders(), ownedHeaders(credentials)),
                    Buffer.buffer(body(call)), scrubber);
            return StreamMapper.map(http.events(request).map(SseEvent::data),
                    new GeminiStreamMapper(json, provider, scrubber, GeminiClient::callId));
        });
    }

    static String url(String baseUrl, String model) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String resource = Arrays.stream(GeminiRequests.resource(model).split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return base + "/" + API_VERSION + "/" + resource + ":streamGenerateContent?alt=sse";
    }

    static Map<String, String> ownedHeaders(ResolvedCredentials credentials) {
        String key = credentials.values().get(API_KEY);
        return key == null || key.isBlank()
                ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "x-goog-api-key", key);
    }

    private static String callId() {
        return "call_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private byte[] body(UpstreamCall call) {
        try {
            return json.writeValueAsBytes(GeminiRequests.streaming(call.request()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the request body", e);
        }
    }
}
