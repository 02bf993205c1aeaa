package dev.switchboard.secret;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Encrypts vault values with AES-256-GCM. The envelope is
 * {@code version (1 byte) | key id (8) | nonce (12) | ciphertext + tag (16)}; the header and the row's
 * identity (the secret's key name) are the associated data, so a value moved to another row, or
 * any changed byte, no longer opens. Keys come from the configured secrets through HKDF-SHA256: one
 * output is the AES key, an independent one (other {@code info}) is the key id, which therefore
 * tells nothing about the key or the secret.
 *
 * <p>Started eagerly, so that a missing or weak {@code SWITCHBOARD_SECRET} stops the start-up.
 */
@Startup
@Singleton
class SecretCipher {

    static final byte VERSION = 1;
    static final int KEY_ID_LENGTH = 8;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    static final int HEADER_LENGTH = 1 + KEY_ID_LENGTH;
    static final int MIN_ENVELOPE_LENGTH = HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH;

    private static final byte[] SALT = "switchboard/vault/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_INFO = "aes-256-gcm key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_ID_INFO = "key id".getBytes(StandardCharsets.US_ASCII);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private record Key(byte[] id, SecretKeySpec aes) {
    }

    private final Key current;
    /** The current key first, then the earlier ones. */
    private final List<Key> readable;
    private final SecureRandom random = new SecureRandom();

    @Inject
    SecretCipher(SecretConfig config) {
        this(SecretKeys.load(config));
    }

    SecretCipher(SecretKeys keys) {
        this.current = derive(keys.current());
        List<Key> all = new ArrayList<>();
        all.add(current);
        keys.previous().stream().map(SecretCipher::derive).forEach(all::add);
        this.readable = List.copyOf(all);
    }

    /** The hex id of the key that {@link #seal} uses. */
    String currentKeyId() {
        return hex(current.id());
    }

    /** The hex key id written in an envelope, or empty if the bytes are no envelope of this version. */
    static Optional<String> keyIdOf(byte[] envelope) {
        if (envelope == null || envelope.length < MIN_ENVELOPE_LENGTH || envelope[0] != VERSION) {
            return Optional.empty();
        }
        return Optional.of(hex(Arrays.copyOfRange(envelope, 1, HEADER_LENGTH)));
    }

    /** Encrypts {@code plaintext} for the row named {@code identity} under the current key. */
    byte[] seal(String identity, String plaintext) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] data = plaintext.getBytes(StandardCharsets.UTF_8);
        ByteBuffer envelope = ByteBuffer.allocate(MIN_ENVELOPE_LENGTH + data.length);
        envelope.put(VERSION).put(current.id()).put(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(associatedData(envelope.array(), identity));
            cipher.doFinal(ByteBuffer.wrap(data), envelope);
        } catch (GeneralSecurityException e) {
            // Only a broken JDK gets here; the message names no value.
            throw new IllegalStateException("AES-GCM encryption is unavailable", e);
        } finally {
            Arrays.fill(data, (byte) 0);
        }
        return envelope.array();
    }

    /**
     * Decrypts an envelope written for the row named {@code identity}; empty when no configured key
     * opens it (unknown version or key id, another row's value, changed bytes).
     */
    Optional<String> open(String identity, byte[] envelope) {
        Optional<String> keyId = keyIdOf(envelope);
        if (keyId.isEmpty()) {
            return Optional.empty();
        }
        byte[] id = Arrays.copyOfRange(envelope, 1, HEADER_LENGTH);
        for (Key key : readable) {
            if (MessageDigest.isEqual(key.id(), id)) {
                Optional<String> plaintext = open(key, identity, envelope);
                if (plaintext.isPresent()) {
                    return plaintext;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> open(Key key, String identity, byte[] envelope) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_LENGTH * 8, envelope, HEADER_LENGTH, NONCE_LENGTH));
            cipher.updateAAD(associatedData(envelope, identity));
            int offset = HEADER_LENGTH + NONCE_LENGTH;
            byte[] plaintext = cipher.doFinal(envelope, offset, envelope.length - offset);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plaintext)).toString());
        } catch (GeneralSecurityException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The envelope's header (version and key id), then the row identity in UTF-8. */
    private static byte[] associatedData(byte[] envelope, String identity) {
        byte[] name = identity.getBytes(StandardCharsets.UTF_8);
        byte[] aad = Arrays.copyOf(envelope, HEADER_LENGTH + name.length);
        System.arraycopy(name, 0, aad, HEADER_LENGTH, name.length);
        return aad;
    }

    private static Key derive(String secret) {
        byte[] ikm = secret.getBytes(StandardCharsets.UTF_8);
        try {
            return new Key(hkdf(ikm, KEY_ID_INFO, KEY_ID_LENGTH), new SecretKeySpec(hkdf(ikm, KEY_INFO, 32), "AES"));
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    private static byte[] hkdf(byte[] ikm, byte[] info, int length) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, SALT, info));
        byte[] output = new byte[length];
        generator.generateBytes(output, 0, length);
        return output;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
