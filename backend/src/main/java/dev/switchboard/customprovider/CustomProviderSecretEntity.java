package dev.switchboard.customprovider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code custom_provider_secrets}: one secret field of a provider, as a vault envelope. */
@Entity
@Table(name = "custom_provider_secrets")
@IdClass(CustomProviderSecretEntity.Key.class)
class CustomProviderSecretEntity {

    @Id
    @Column(name = "provider_id")
    UUID providerId;

    /** The {@link SecretField} name. */
    @Id
    String field;

    @Column(name = "value", nullable = false)
    byte[] envelope;

    @Column(name = "key_id", nullable = false)
    String keyId;

    /** The composite primary key (a class with a no-argument constructor, as JPA wants). */
    static class Key implements Serializable {

        UUID providerId;
        String field;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(providerId, key.providerId) && Objects.equals(field, key.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, field);
        }
    }
}
