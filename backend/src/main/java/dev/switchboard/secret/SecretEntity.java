package dev.switchboard.secret;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code secrets}. Never leaves {@link SecretService}. */
@Entity
@Table(name = "secrets")
class SecretEntity {

    /** The secret's key, e.g. {@code OPENAI_API_KEY} (column {@code key}; "key" is a word of HQL). */
    @Id
    @Column(name = "key")
    String name;

    /** The encrypted value, see {@link SecretCipher}. */
    @Column(name = "value", nullable = false)
    byte[] envelope;

    @Column(name = "key_id", nullable = false)
    String keyId;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
