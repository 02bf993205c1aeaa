package dev.switchboard.customprovider;

import java.util.function.Function;

/**
 * The secret fields of a custom provider's {@code config.auth}: stored encrypted, one row each, and
 * never returned. The enum constant names are the JSON names.
 */
public enum SecretField {
    apiKey(AuthInput::apiKey),
    clientSecret(AuthInput::clientSecret),
    accessKeyId(AuthInput::accessKeyId),
    secretAccessKey(AuthInput::secretAccessKey),
    sessionToken(AuthInput::sessionToken),
    token(AuthInput::token);

    private final Function<AuthInput, String> given;

    SecretField(Function<AuthInput, String> given) {
        this.given = given;
    }

    /** The value the input gives for this field, or null. */
    String in(AuthInput auth) {
        return auth == null ? null : given.apply(auth);
    }

    /** The associated data that binds an encrypted value to its row and field. */
    String identity(java.util.UUID providerId) {
        return "custom_provider:" + providerId + ":" + name();
    }
}
