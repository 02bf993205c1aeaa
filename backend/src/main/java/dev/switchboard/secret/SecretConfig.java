package dev.switchboard.secret;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** What the vault reads from configuration. */
@ConfigMapping(prefix = "switchboard")
interface SecretConfig {

    /**
     * The vault key ({@code SWITCHBOARD_SECRET}), at least 32 characters; generate one with
     * {@code openssl rand -base64 48}. Required unless the embedded database is in use.
     */
    Optional<String> secret();

    /**
     * Earlier vault keys ({@code SWITCHBOARD_SECRET_PREVIOUS}, comma-separated), tried when a value
     * does not open with the current key, so that rotation can re-encrypt it.
     */
    Optional<List<String>> secretPrevious();

    /** Directory for local state; the generated vault key of the embedded default is kept in it. */
    String dataDir();

    /** The database in use, as chosen at start-up. */
    Database database();

    interface Database {

        /** {@code embedded}, {@code DB_URL} or absent; set by the database config source. */
        Optional<String> source();

        /**
         * The embedded server's data directory, set with {@code source=embedded}. Mapped only because a
         * {@code switchboard} mapping must account for every {@code switchboard.*} property.
         */
        Optional<String> embeddedDataDir();
    }
}
