package dev.switchboard.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL server (zonky binaries) whose data lives in a directory of ours, so that
 * the application runs on a laptop with no database installed and keeps its data across restarts.
 * Tests start one on a throwaway directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser and database that initdb creates; the server trusts local connections. */
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, initialising it on first use and reusing it after.
     * The server is stopped by a JVM shutdown hook as well as by {@link #close()}.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            // PostgreSQL's own output goes beside the data directory (initdb wants that one empty).
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(
                    dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new EmbeddedDatabase(postgres, dataDirectory.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + "; set DB_URL, DB_USER and DB_PASSWORD to use an external server", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
