package dev.switchboard.secret;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The vault's key material: the current secret, which encrypts, and earlier ones, which only decrypt.
 * Deliberately not a record, so that no {@code toString} can print a secret.
 */
final class SecretKeys {

    static final int MIN_LENGTH = 32;
    static final String FILE_NAME = "secret";
    static final String HOW_TO_GENERATE = "Generate one with: openssl rand -base64 48";

    private static final Logger LOG = Logger.getLogger(SecretKeys.class);

    private final String current;
    private final List<String> previous;

    private SecretKeys(String current, List<String> previous) {
        this.current = current;
        this.previous = List.copyOf(previous);
    }

    /** For tests and for code that already holds validated secrets. */
    static SecretKeys of(String current, String... previous) {
        return new SecretKeys(checked(current, "SWITCHBOARD_SECRET"), checkedPrevious(List.of(previous)));
    }

    static SecretKeys load(SecretConfig config) {
        return load(config.secret(), config.secretPrevious().orElse(List.of()),
                config.database().source().filter("embedded"::equals).isPresent(), Path.of(config.dataDir()));
    }

    /**
     * The configured secret; without one, and only for the embedded database, a generated secret
     * kept in {@code dataDir/secret}. Anything else stops the start-up with a message that says what to do.
     */
    static SecretKeys load(Optional<String> configured, List<String> previous, boolean embeddedDatabase, Path dataDir) {
        List<String> earlier = checkedPrevious(previous);
        Optional<String> secret = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (secret.isPresent()) {
            return new SecretKeys(checked(secret.get(), "SWITCHBOARD_SECRET"), earlier);
        }
        if (!embeddedDatabase) {
            throw new ConfigurationException("SWITCHBOARD_SECRET is not set. It keys the secrets vault and must be at least "
                    + MIN_LENGTH + " characters. " + HOW_TO_GENERATE);
        }
        return new SecretKeys(generatedOnce(dataDir.resolve(FILE_NAME)), earlier);
    }

    String current() {
        return current;
    }

    List<String> previous() {
        return previous;
    }

    private static String generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                LOG.warnf("SWITCHBOARD_SECRET is not set: the vault uses the key generated in %s."
                        + " Production must set SWITCHBOARD_SECRET.", file.toAbsolutePath());
                return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), "The vault key in " + file);
            }
            String secret = Base64.getEncoder().encodeToString(randomBytes(48));
            write(file, secret);
            LOG.warnf("SWITCHBOARD_SECRET is not set: generated a vault key into %s (mode 0600) for the embedded"
                    + " database. Production must set SWITCHBOARD_SECRET (%s); keep this file to read the"
                    + " secrets stored with it.", file.toAbsolutePath(), HOW_TO_GENERATE.toLowerCase(Locale.ROOT));
            return secret;
        } catch (FileAlreadyExistsException raced) {
            return generatedOnce(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the vault key file " + file
                    + "; set SWITCHBOARD_SECRET instead", e);
        }
    }

    private static void write(Path file, String secret) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, attributes)) {
            channel.write(ByteBuffer.wrap((secret + "\n").getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private static List<String> checkedPrevious(List<String> previous) {
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < previous.size(); i++) {
            String value = previous.get(i) == null ? "" : previous.get(i).strip();
            if (!value.isEmpty()) {
                checked.add(checked(value, "Entry " + (i + 1) + " of SWITCHBOARD_SECRET_PREVIOUS"));
            }
        }
        return checked;
    }

    /** The message says where the value came from and how long it is, never what it is. */
    private static String checked(String secret, String origin) {
        if (secret.length() < MIN_LENGTH) {
            throw new ConfigurationException(origin + " is too short: it has " + secret.length()
                    + " characters and must have at least " + MIN_LENGTH + ". " + HOW_TO_GENERATE);
        }
        return secret;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
