package dev.switchboard.customprovider;

import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationParameter;
import dev.switchboard.model.Sdk;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A custom provider as responses show it: its configuration and what it offers, never a secret value. */
@Schema(name = "CustomProvider")
public record CustomProviderView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Unique regardless of case; scripts address the provider by it")
        String name,
        @Schema(required = true) String description,
        @Schema(required = true, description = "The free-text provider label") String provider,
        @Schema(required = true) Sdk sdk,
        @Schema(required = true, enumeration = {"ok", "unreadable"}, description = "unreadable: a stored secret "
                + "cannot be decrypted with the current SWITCHBOARD_SECRET; enter the secrets again or delete the "
                + "provider. Invoking it answers 422 unreadable-secret") String status,
        @Schema(required = true) ProviderSettings config,
        @Schema(required = true, description = "Each stored secret field (apiKey, clientSecret, accessKeyId, "
                + "secretAccessKey, sessionToken, token), with the last four characters of values of at least 20 "
                + "characters, otherwise null", additionalProperties = NullableHint.class) Map<String, String> secretsSet,
        @Schema(required = true, description = "The host requests go to") String host,
        @Schema(required = true, description = "config.auth.type", enumeration = {"api_key", "azure_ad_client_secret", "default_credentials", "access_keys", "bearer_token"}) String authType,
        @Schema(required = true, description = "API types offered") List<ApiType> apiTypes,
        @Schema(required = true, description = "API type used when a request names none") ApiType defaultApiType,
        @Schema(required = true, description = "Invocation parameters the protocol honours") List<InvocationParameter> parameters,
        @Schema(required = true, description = "The parameters each offered API type takes")
        Map<String, List<InvocationParameter>> parametersByApiType,
        @Schema(required = true, description = "The highest temperature the protocol takes") double maxTemperature,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    /** A secret's hint: its last four characters, or null. */
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, nullable = true)
    interface NullableHint {
    }
}
