package dev.switchboard.secret;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vaults under other keys than the running application's, for tests of the features that keep their
 * own encrypted rows (the cipher is package-private here): as if the server had been restarted with
 * another {@code SWITCHBOARD_SECRET}, with or without {@code SWITCHBOARD_SECRET_PREVIOUS}.
 */
public final class OtherVaults {

    private OtherVaults() {
    }

    /** A vault that seals under {@code current} and also opens what {@code previous} sealed. */
    public static Vault vault(String current, String... previous) {
        return new Vault(new SecretCipher(SecretKeys.of(current, previous)));
    }

    /**
     * The application's own secret: the test database is "embedded", so the application generated it
     * into the data directory.
     */
    public static String applicationSecret() {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("switchboard.data-dir", String.class));
        try {
            return Files.readString(dataDir.resolve(SecretKeys.FILE_NAME)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
