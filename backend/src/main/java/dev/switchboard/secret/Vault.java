package dev.switchboard.secret;

import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The vault's envelope encryption for other features that keep secrets in their own rows (custom
 * providers): AES-256-GCM under the key derived from {@code SWITCHBOARD_SECRET}, with the row's
 * identity as associated data, so that a value moved to another row or field no longer opens.
 */
@Singleton
public class Vault {

    /** An encrypted value and the hex id of the key that sealed it (stored beside it for operators). */
    public record Sealed(byte[] envelope, String keyId) {
    }

    private final SecretCipher cipher;

    Vault(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** Encrypts {@code plaintext} for {@code identity} (e.g. {@code custom_provider:<id>:apiKey}). */
    public Sealed seal(String identity, String plaintext) {
        return new Sealed(cipher.seal(identity, plaintext), cipher.currentKeyId());
    }

    /** The plaintext, or empty when no configured key opens the envelope for {@code identity}. */
    public Optional<String> open(String identity, byte[] envelope) {
        return cipher.open(identity, envelope);
    }
}
