package dev.switchboard.secret;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretKeysTest {

    private static final String SECRET = "k7R2pWq9zL4xT8vN1mB6cY3hJ5gF0dS2aQ9eU7iO";

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredSecretAndWritesNoFile() {
        SecretKeys keys = SecretKeys.load(Optional.of(SECRET), List.of(), true, dataDir);

        assertEquals(SECRET, keys.current());
        assertFalse(Files.exists(dataDir.resolve("secret")));
    }

    @Test
    void refusesASecretShorterThan32CharactersAndSaysHowToGenerateOne() {
        String tooShort = "only-31-characters-long-abcdefg";

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SecretKeys.load(Optional.of(tooShort), List.of(), true, dataDir));

        assertTrue(e.getMessage().contains("SWITCHBOARD_SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl rand -base64 48"), e.getMessage());
        assertFalse(e.getMessage().contains(tooShort), "the message must not repeat the secret");
    }

    @Test
    void refusesAMissingSecretOutsideTheEmbeddedDatabase() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SecretKeys.load(Optional.empty(), List.of(), false, dataDir));

        assertTrue(e.getMessage().contains("SWITCHBOARD_SECRET is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("openssl rand"), e.getMessage());
        assertFalse(Files.exists(dataDir.resolve("secret")));
    }

    @Test
    void refusesAShortPreviousSecretWithoutRepeatingIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SecretKeys.load(Optional.of(SECRET), List.of(SECRET + "x", "short-old"), false, dataDir));

        assertTrue(e.getMessage().contains("Entry 2 of SWITCHBOARD_SECRET_PREVIOUS"), e.getMessage());
        assertFalse(e.getMessage().contains("short-old"));
    }

    @Test
    void keepsPreviousSecretsForReading() {
        SecretKeys keys = SecretKeys.load(Optional.of(SECRET), List.of(" " + SECRET + "-old ", ""), false, dataDir);

        assertEquals(List.of(SECRET + "-old"), keys.previous());
    }

    @Test
    void generatesASecretOnceIntoTheDataDirectoryWithMode0600() throws IOException {
        Path nested = dataDir.resolve("not-yet-created");

        SecretKeys first = SecretKeys.load(Optional.empty(), List.of(), true, nested);

        Path file = nested.resolve("secret");
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.current().length() >= 32);
        assertEquals(first.current(), Files.readString(file).strip());

        SecretKeys second = SecretKeys.load(Optional.empty(), List.of(), true, nested);

        assertEquals(first.current(), second.current());
    }

    @Test
    void blankConfiguredSecretCountsAsUnset() {
        SecretKeys keys = SecretKeys.load(Optional.of("   "), List.of(), true, dataDir);

        assertTrue(Files.exists(dataDir.resolve("secret")));
        assertEquals(64, keys.current().length());
    }

    @Test
    void refusesAGeneratedFileThatWasTruncated() throws IOException {
        Files.writeString(dataDir.resolve("secret"), "short\n");

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SecretKeys.load(Optional.empty(), List.of(), true, dataDir));

        assertTrue(e.getMessage().contains("too short"), e.getMessage());
    }
}
