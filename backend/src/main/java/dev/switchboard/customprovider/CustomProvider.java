package dev.switchboard.customprovider;

import dev.switchboard.model.Sdk;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A saved custom provider, its secrets decrypted. When a stored secret no configured key opens (the
 * server secret changed), {@code readable} is false and {@code secrets} is empty.
 *
 * @param label        the free-text provider label ({@code provider} on the wire)
 * @param storedFields the secret fields that have a stored value, readable or not
 */
public record CustomProvider(UUID id, String name, String description, String label, Sdk sdk,
                             ProviderSettings settings, Map<SecretField, String> secrets,
                             Set<SecretField> storedFields, boolean readable, Instant createdAt, Instant updatedAt) {

    public CustomProvider {
        secrets = Map.copyOf(secrets);
        storedFields = Set.copyOf(storedFields);
    }

    public AuthType authType() {
        return settings.auth().authType();
    }

    /** The stored value of a secret field, or null. */
    public String secret(SecretField field) {
        return secrets.get(field);
    }

    /** Never prints secrets. */
    @Override
    public String toString() {
        return "CustomProvider[id=" + id + ", name=" + name + ", sdk=" + sdk.wireName() + ", auth="
                + settings.auth().type() + ", readable=" + readable + "]";
    }
}
