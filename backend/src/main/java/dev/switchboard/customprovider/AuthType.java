package dev.switchboard.customprovider;

import dev.switchboard.model.Sdk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How a custom provider authenticates, and which sdks may use each way. */
public enum AuthType {
    /** The provider's API key, sent as that protocol sends it. */
    API_KEY("api_key", EnumSet.allOf(Sdk.class), List.of(SecretField.apiKey), List.of()),
    /** An Entra ID app registration: the server fetches a token with the client secret. */
    AZURE_AD_CLIENT_SECRET("azure_ad_client_secret", EnumSet.of(Sdk.AZURE_OPENAI), List.of(SecretField.clientSecret),
            List.of()),
    /** The server's own identity: DefaultAzureCredential for Azure, the AWS default chain for Bedrock. */
    DEFAULT_CREDENTIALS("default_credentials", EnumSet.of(Sdk.AZURE_OPENAI, Sdk.AWS_BEDROCK), List.of(), List.of()),
    /** AWS access keys, signed with SigV4. */
    ACCESS_KEYS("access_keys", EnumSet.of(Sdk.AWS_BEDROCK), List.of(SecretField.accessKeyId, SecretField.secretAccessKey),
            List.of(SecretField.sessionToken)),
    /** A Bedrock API key, sent as a bearer token. */
    BEARER_TOKEN("bearer_token", EnumSet.of(Sdk.AWS_BEDROCK), List.of(SecretField.token), List.of());

    private final String wireName;
    private final Set<Sdk> sdks;
    private final List<SecretField> requiredSecrets;
    private final List<SecretField> optionalSecrets;

    AuthType(String wireName, Set<Sdk> sdks, List<SecretField> requiredSecrets, List<SecretField> optionalSecrets) {
        this.wireName = wireName;
        this.sdks = sdks;
        this.requiredSecrets = requiredSecrets;
        this.optionalSecrets = optionalSecrets;
    }

    public String wireName() {
        return wireName;
    }

    public boolean allowedFor(Sdk sdk) {
        return sdks.contains(sdk);
    }

    /** The secret fields this way of authenticating needs. */
    public List<SecretField> requiredSecrets() {
        return requiredSecrets;
    }

    /** Every secret field it takes: the required ones, then the optional ones. */
    public List<SecretField> secrets() {
        return java.util.stream.Stream.concat(requiredSecrets.stream(), optionalSecrets.stream()).toList();
    }

    public static Optional<AuthType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    /** The types an sdk takes, by wire name, for problem messages. */
    static List<String> wireNamesFor(Sdk sdk) {
        return Arrays.stream(values()).filter(type -> type.allowedFor(sdk)).map(AuthType::wireName).toList();
    }
}
