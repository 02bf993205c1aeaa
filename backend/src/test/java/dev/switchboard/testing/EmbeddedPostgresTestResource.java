package dev.switchboard.testing;

import dev.switchboard.common.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: the application's own embedded server, on a
 * throwaway data directory that is deleted afterwards.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private Path directory;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("switchboard-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(directory.resolve("pg"));
        // Declared embedded, like the default without DB_URL: the vault then generates its key into the data dir.
        return Map.of(
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "switchboard.data-dir", directory.toString(),
                "switchboard.database.source", "embedded",
                "switchboard.database.embedded-data-dir", database.dataDirectory().toString());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
