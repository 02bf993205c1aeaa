package dev.switchboard.secret;

import io.smallrye.mutiny.Uni;

/**
 * Rows of another feature encrypted with the {@link Vault}, which {@code POST /secrets/rotate}
 * re-encrypts in the same transaction as the secrets.
 */
public interface EncryptedRows {

    /**
     * Re-encrypts every readable row under the current key, inside the caller's transaction (rows
     * locked); rows no configured key opens are counted and left as they are.
     */
    Uni<RotationResult.Count> rotate();
}
