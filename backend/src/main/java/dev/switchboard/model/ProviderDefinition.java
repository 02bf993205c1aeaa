package dev.switchboard.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param baseUrlVariable the environment variable that overrides {@code defaultBaseUrl}, named as the
 *                        provider's own SDK names it; null for Azure
 * @param baseUrlFallbacks variables read, in order, when {@code baseUrlVariable} is not set
 *                        ({@code AWS_ENDPOINT_URL} for Bedrock, the older {@code GEMINI_BASE_URL} for Gemini)
 * @param models          suggested model names; any other name may still be typed
 */
public record ProviderDefinition(String key, String displayName, Sdk sdk, List<ApiType> apiTypes,
                                 ApiType defaultApiType, List<CredentialSpec> credentials,
                                 String defaultBaseUrl, String baseUrlVariable, List<String> baseUrlFallbacks,
                                 List<String> models) {

    public ProviderDefinition {
        apiTypes = List.copyOf(apiTypes);
        credentials = List.copyOf(credentials);
        baseUrlFallbacks = List.copyOf(baseUrlFallbacks);
        models = List.copyOf(models);
    }

    /** A provider whose base URL has at most one override variable. */
    public ProviderDefinition(String key, String displayName, Sdk sdk, List<ApiType> apiTypes,
                              ApiType defaultApiType, List<CredentialSpec> credentials,
                              String defaultBaseUrl, String baseUrlVariable, List<String> models) {
        this(key, displayName, sdk, apiTypes, defaultApiType, credentials, defaultBaseUrl, baseUrlVariable,
                List.of(), models);
    }

    /** The base URL override variables in the order they are read: the SDK's name first, then the fallbacks. */
    public List<String> baseUrlVariables() {
        return baseUrlVariable == null ? List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(baseUrlVariable),
                baseUrlFallbacks.stream()).toList();
    }

    /** The invocation parameters each offered API type takes, by the API type's wire name, in offer order. */
    public Map<String, List<InvocationParameter>> parametersByApiType() {
        Map<String, List<InvocationParameter>> byApiType = new LinkedHashMap<>();
        apiTypes.forEach(type -> byApiType.put(type.wireName(), sdk.parameters(type)));
        return byApiType;
    }

    public Optional<CredentialSpec> credential(String name) {
        return credentials.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Every name the resolver may look up for this provider, fallbacks included. */
    public List<String> credentialNames() {
        return credentials.stream().flatMap(c -> c.allNames().stream()).toList();
    }
}
