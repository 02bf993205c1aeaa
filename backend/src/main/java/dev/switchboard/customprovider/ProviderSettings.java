package dev.switchboard.customprovider;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A custom provider's configuration without its secrets: what is stored as JSON in
 * {@code custom_providers.config} and what responses show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CustomProviderConfig", description = "The configuration; secret fields are never returned "
        + "(see secretsSet)")
public record ProviderSettings(@Schema(required = true) Auth auth, String baseUrl, String azureEndpoint,
                               String apiVersion, String region, String endpointUrl,
                               @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true) Map<String, String> headers,
                               @Schema(description = "openai, azure_openai: the API type used when a request names none",
                                       enumeration = {"chat_completions", "responses"}) String apiType) {

    public ProviderSettings {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The non-secret part of {@code config.auth}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CustomProviderAuth")
    public record Auth(@Schema(required = true, enumeration = {"api_key", "azure_ad_client_secret", "default_credentials", "access_keys", "bearer_token"}) String type, String tenantId, String clientId,
                       String authorityHost,
                       String scope) {

        public AuthType authType() {
            return AuthType.of(type).orElseThrow();
        }
    }

    /** The addresses a stored secret is sent to: changing one needs the secrets again. */
    Map<String, String> destinations() {
        Map<String, String> destinations = new java.util.TreeMap<>();
        put(destinations, "config.baseUrl", baseUrl);
        put(destinations, "config.azureEndpoint", azureEndpoint);
        put(destinations, "config.endpointUrl", endpointUrl);
        put(destinations, "config.auth.authorityHost", auth.authorityHost());
        return destinations;
    }

    private static void put(Map<String, String> map, String field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
