package dev.switchboard.provider;

import java.util.List;
import java.util.Optional;

/**
 * A built-in provider of the catalogue.
 *
 * @param key             stable identifier used in requests, e.g. {@code OPENAI}
 * @param displayName     name shown to people, also used in problem details
 * @param sdk             the wire protocol
 * @param apiTypes        OpenAI API types offered; a single entry where there is no choice
 * @param defaultApiType  the API type used when the request names none
 * @param credentials     credential names, in the order they are shown
 * @param defaultBaseUrl  where requests go by default; null when the server must be told (Azure, Ollama)
 * @param baseUrlVariable the environment variable that overrides {@code defaultBaseUrl}; null for Azure
 * @param models          suggested model names; any other name may still be typed
 */
public record ProviderDefinition(String key, String displayName, Sdk sdk, List<ApiType> apiTypes,
                                 ApiType defaultApiType, List<CredentialSpec> credentials,
                                 String defaultBaseUrl, String baseUrlVariable, List<String> models) {

    public ProviderDefinition {
        apiTypes = List.copyOf(apiTypes);
        credentials = List.copyOf(credentials);
        models = List.copyOf(models);
    }

    public Optional<CredentialSpec> credential(String name) {
        return credentials.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Every name the resolver may look up for this provider, fallbacks included. */
    public List<String> credentialNames() {
        return credentials.stream().flatMap(c -> c.allNames().stream()).toList();
    }
}
