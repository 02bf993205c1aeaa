package dev.switchboard.secret;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretCipherTest {

    private static final String SECRET = "k7R2pWq9zL4xT8vN1mB6cY3hJ5gF0dS2aQ9eU7iO";
    private static final String OTHER_SECRET = "Zx8Cv7Bn6Mm5Ll4Kk3Jj2Hh1Gg0Ff9Dd8Ss7Aa6Qq";

    private final SecretCipher cipher = new SecretCipher(SecretKeys.of(SECRET));

    @Test
    void roundTripsAValue() {
        byte[] envelope = cipher.seal("OPENAI_API_KEY", "sk-proj-abc123");

        assertEquals(Optional.of("sk-proj-abc123"), cipher.open("OPENAI_API_KEY", envelope));
    }

    @Test
    void envelopeIsVersionKeyIdNonceCiphertextAndTag() {
        byte[] envelope = cipher.seal("K", "abc");

        assertEquals(1 + 8 + 12 + 3 + 16, envelope.length);
        assertEquals(1, envelope[0]);
        assertEquals(Optional.of(cipher.currentKeyId()), SecretCipher.keyIdOf(envelope));
        assertFalse(new String(envelope, StandardCharsets.ISO_8859_1).contains("abc"));
    }

    @Test
    void usesAFreshNonceForEveryValue() {
        byte[] first = cipher.seal("K", "same value");
        byte[] second = cipher.seal("K", "same value");

        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 9, 21), Arrays.copyOfRange(second, 9, 21)));
    }

    @Test
    void flippingAnyByteMakesTheValueUnreadable() {
        byte[] envelope = cipher.seal("ANTHROPIC_API_KEY", "sk-ant-0123456789");

        for (int i = 0; i < envelope.length; i++) {
            for (int bit = 0; bit < 8; bit += 7) {
                byte[] tampered = envelope.clone();
                tampered[i] ^= (byte) (1 << bit);

                assertEquals(Optional.empty(), cipher.open("ANTHROPIC_API_KEY", tampered), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void truncatedOrExtendedEnvelopeIsUnreadable() {
        byte[] envelope = cipher.seal("K", "value");

        for (int length = 0; length < envelope.length; length++) {
            assertEquals(Optional.empty(), cipher.open("K", Arrays.copyOf(envelope, length)), "length " + length);
        }
        assertEquals(Optional.empty(), cipher.open("K", Arrays.copyOf(envelope, envelope.length + 1)));
        assertEquals(Optional.empty(), cipher.open("K", null));
    }

    @Test
    void valuesSwappedBetweenRowsAreUnreadable() {
        byte[] openai = cipher.seal("OPENAI_API_KEY", "sk-openai");
        byte[] anthropic = cipher.seal("ANTHROPIC_API_KEY", "sk-anthropic");

        assertEquals(Optional.empty(), cipher.open("ANTHROPIC_API_KEY", openai));
        assertEquals(Optional.empty(), cipher.open("OPENAI_API_KEY", anthropic));
    }

    @Test
    void differentSecretsHaveDifferentKeyIds() {
        SecretCipher other = new SecretCipher(SecretKeys.of(OTHER_SECRET));

        assertNotEquals(cipher.currentKeyId(), other.currentKeyId());
        assertEquals(cipher.currentKeyId(), new SecretCipher(SecretKeys.of(SECRET)).currentKeyId());
        assertTrue(cipher.currentKeyId().matches("[0-9a-f]{16}"));
    }

    @Test
    void anotherSecretCannotOpenTheValue() {
        byte[] envelope = cipher.seal("K", "value");

        assertEquals(Optional.empty(), new SecretCipher(SecretKeys.of(OTHER_SECRET)).open("K", envelope));
    }

    @Test
    void previousSecretOpensOldValuesAndNewValuesUseTheCurrentOne() {
        byte[] old = cipher.seal("K", "old value");
        SecretCipher rotated = new SecretCipher(SecretKeys.of(OTHER_SECRET, SECRET));

        assertEquals(Optional.of("old value"), rotated.open("K", old));
        assertEquals(Optional.of(rotated.currentKeyId()), SecretCipher.keyIdOf(rotated.seal("K", "new")));
        assertNotEquals(cipher.currentKeyId(), rotated.currentKeyId());
    }

    @Test
    void roundTripsTheEmptyValue() {
        byte[] envelope = cipher.seal("K", "");

        assertEquals(SecretCipher.MIN_ENVELOPE_LENGTH, envelope.length);
        assertEquals(Optional.of(""), cipher.open("K", envelope));
    }

    @Test
    void roundTripsA64KiBValue() {
        String large = "x".repeat(64 * 1024 - 1) + "!";

        assertEquals(Optional.of(large), cipher.open("K", cipher.seal("K", large)));
    }

    @Test
    void roundTripsNonAsciiValuesAndNames() {
        String value = "clé-🔑-ключ-鍵-\u00e9\u0301";
        byte[] envelope = cipher.seal("K_\u00e9", value);

        assertEquals(Optional.of(value), cipher.open("K_\u00e9", envelope));
        assertArrayEquals(value.getBytes(StandardCharsets.UTF_8),
                cipher.open("K_\u00e9", envelope).orElseThrow().getBytes(StandardCharsets.UTF_8));
    }
}
