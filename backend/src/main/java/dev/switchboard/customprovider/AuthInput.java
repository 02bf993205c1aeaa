package dev.switchboard.customprovider;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** {@code config.auth} as a client sends it: the type, and the fields that type takes. Secrets are write-only. */
@Schema(name = "CustomProviderAuthInput", description = "How the provider authenticates; the fields a type does "
        + "not take must be left out")
public record AuthInput(
        @Schema(required = true, enumeration = {"api_key", "azure_ad_client_secret", "default_credentials",
                "access_keys", "bearer_token"}, description = "api_key (every sdk); azure_ad_client_secret and "
                + "default_credentials (azure_openai); access_keys, bearer_token and default_credentials (aws_bedrock)")
        String type,
        @Schema(description = "api_key: the key; write-only") String apiKey,
        @Schema(description = "azure_ad_client_secret: the directory (tenant) id") String tenantId,
        @Schema(description = "azure_ad_client_secret: the application (client) id") String clientId,
        @Schema(description = "azure_ad_client_secret: the client secret; write-only") String clientSecret,
        @Schema(description = "azure_ad_client_secret: the Entra ID authority, default https://login.microsoftonline.com")
        String authorityHost,
        @Schema(description = "azure_ad_client_secret: the token scope, default "
                + "https://cognitiveservices.azure.com/.default") String scope,
        @Schema(description = "access_keys: the access key id; write-only") String accessKeyId,
        @Schema(description = "access_keys: the secret access key; write-only") String secretAccessKey,
        @Schema(description = "access_keys: the session token of temporary keys; write-only") String sessionToken,
        @Schema(description = "bearer_token: the Bedrock API key; write-only") String token,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public AuthInput {
        unknown = unknown == null ? Map.of() : unknown;
    }

    /** Never prints a value: a logged request must not cost a key rotation. */
    @Override
    public String toString() {
        return "AuthInput[type=" + type + "]";
    }
}
