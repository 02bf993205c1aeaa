package dev.switchboard.upstream.azure;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.openai.OpenAiProtocol;
import dev.switchboard.upstream.JsonCalls;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_AD_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_API_KEY;
import static dev.switchboard.model.CredentialNames.OPENAI_API_VERSION;

/**
 * Azure OpenAI: Chat Completions and Responses, exactly the OpenAI protocols (shared through
 * {@link OpenAiProtocol}), on the URL {@link AzureRoute} picks. Authenticates with the {@code api-key}
 * header when AZURE_OPENAI_API_KEY is there, else with the Entra ID token the credential resolver
 * fetched ({@code Authorization: Bearer}).
 */
@Singleton
class AzureOpenAiClient implements UpstreamClient {

    private final OpenAiProtocol protocol;

    AzureOpenAiClient(OpenAiProtocol protocol) {
        this.protocol = protocol;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.AZURE_OPENAI;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        ResolvedCredentials credentials = call.credentials();
        String url = AzureRoute.url(credentials.baseUrl(), call.request().model(),
                credentials.value(OPENAI_API_VERSION).orElse(null), call.apiType());
        return protocol.stream(call, url, auth(credentials));
    }

    @Override
    public Optional<UpstreamRequest> modelsRequest(UpstreamCall call) {
        ResolvedCredentials credentials = call.credentials();
        return Optional.of(JsonCalls.get(call, AzureRoute.modelsUrl(credentials.baseUrl(),
                credentials.value(OPENAI_API_VERSION).orElse(null)), auth(credentials)));
    }

    /** The api-key header, or the Entra ID bearer token when there is no key. */
    static Map<String, String> auth(ResolvedCredentials credentials) {
        return nonBlank(credentials, AZURE_OPENAI_API_KEY)
                .map(key -> Map.of("api-key", key))
                .or(() -> nonBlank(credentials, AZURE_OPENAI_AD_TOKEN)
                        .map(token -> Map.of("Authorization", "Bearer " + token)))
                .orElseThrow(() -> new ProblemException(ProblemType.MISSING_CREDENTIALS,
                        "Azure OpenAI needs " + AZURE_OPENAI_API_KEY + " or an Entra ID token."));
    }

    private static Optional<String> nonBlank(ResolvedCredentials credentials, String name) {
        return credentials.value(name).filter(value -> !value.isBlank());
    }
}
