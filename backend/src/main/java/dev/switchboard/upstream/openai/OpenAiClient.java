package dev.switchboard.upstream.openai;

import dev.switchboard.model.ApiType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialSpec;
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
 * OpenAI and every OpenAI-compatible server (DeepSeek, xAI, Ollama, Groq, …): Chat Completions
 * ({@code POST {base}/chat/completions}) or Responses ({@code POST {base}/responses}), streamed,
 * with the key as a bearer token.
 */
@Singleton
class OpenAiClient implements UpstreamClient {

    private final OpenAiProtocol protocol;

    OpenAiClient(OpenAiProtocol protocol) {
        this.protocol = protocol;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.OPENAI;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        ResolvedCredentials credentials = call.credentials();
        String path = call.apiType() == ApiType.RESPONSES ? "/responses" : "/chat/completions";
        return protocol.stream(call, JsonCalls.trimSlash(credentials.baseUrl()) + path, auth(credentials));
    }

    /** {@code GET {base}/models}, which OpenAI and OpenAI-compatible servers (Ollama too) answer. */
    @Override
    public Optional<UpstreamRequest> modelsRequest(UpstreamCall call) {
        ResolvedCredentials credentials = call.credentials();
        return Optional.of(JsonCalls.get(call, JsonCalls.trimSlash(credentials.baseUrl()) + "/models", auth(credentials)));
    }

    /** The bearer token, when the provider has a key (Ollama has none). */
    private static Map<String, String> auth(ResolvedCredentials credentials) {
        String key = credentials.provider().credentials().stream()
                .filter(spec -> spec.kind() == CredentialKind.KEY)
                .map(CredentialSpec::name)
                .map(name -> credentials.values().get(name))
                .filter(value -> value != null && !value.isBlank())
                .findFirst().orElse(null);
        return key == null ? Map.of() : Map.of("Authorization", "Bearer " + key);
    }
}
