package dev.switchboard.model;

import java.util.Map;
import java.util.Optional;

/**
 * The outcome of resolution for one invocation.
 *
 * @param provider the provider
 * @param values   values by canonical credential name (GEMINI_API_KEY even when GOOGLE_API_KEY
 *                 supplied it), including defaults such as OPENAI_API_VERSION; ambient values appear
 *                 as AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN or
 *                 {@link CredentialNames#AZURE_OPENAI_AD_TOKEN}
 * @param sources  by the name actually used, where each value came from; defaults are not listed
 * @param baseUrl  where requests go: request override, endpoint credential, {@code *_BASE_URL} or default
 */
public record ResolvedCredentials(ProviderDefinition provider, Map<String, String> values,
                                  Map<String, CredentialSource> sources, String baseUrl) {

    public ResolvedCredentials {
        values = Map.copyOf(values);
        sources = Map.copyOf(sources);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Never prints values: a logged record must not cost a key rotation. */
    @Override
    public String toString() {
        return "ResolvedCredentials[provider=" + provider.key() + ", sources=" + sources + ", baseUrl=" + baseUrl + "]";
    }
}
