package dev.switchboard.common.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the database before Flyway and the reactive pool read their configuration:
 * <ol>
 *   <li>{@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}) → that server, for both the
 *       reactive pool and the JDBC URL Flyway migrates with;</li>
 *   <li>an explicit {@code quarkus.datasource.reactive.url} (e.g. {@code QUARKUS_DATASOURCE_REACTIVE_URL})
 *       → left alone;</li>
 *   <li>otherwise → an embedded PostgreSQL with its data under {@code switchboard.data-dir}/pg
 *       (its user, {@code postgres}, is application.properties' default for the username).</li>
 * </ol>
 * The test profile is skipped: tests start their own embedded server on a throwaway directory.
 */
public class DatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    static final int ORDINAL = 275;
    static final String SOURCE_NAME = "switchboard-database";
    static final String SOURCE_PROPERTY = "switchboard.database.source";
    static final String EMBEDDED_DIR_PROPERTY = "switchboard.database.embedded-data-dir";
    /**
     * JVM-wide, so that a dev-mode restart (new class loader) reuses the server already running. Not
     * under {@code switchboard.}: a system property there that no config mapping declares fails
     * SmallRye's validation whenever the property exists before the configuration is built.
     */
    private static final String EMBEDDED_PORT_PROPERTY = "dev.switchboard.embedded-database-port";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().contains("test")) {
            return List.of();
        }
        String dbUrl = value(context, "DB_URL");
        if (dbUrl != null) {
            return List.of(source(external(context, DatabaseUrl.parse(dbUrl))));
        }
        if (value(context, "quarkus.datasource.reactive.url") != null) {
            return List.of();
        }
        return List.of(embedded(context));
    }

    private static Map<String, String> external(ConfigSourceContext context, DatabaseUrl url) {
        Map<String, String> properties = new HashMap<>();
        properties.put(SOURCE_PROPERTY, "DB_URL");
        properties.put("quarkus.datasource.reactive.url", url.reactiveUrl());
        properties.put("quarkus.datasource.jdbc.url", url.jdbcUrl());
        String user = value(context, "DB_USER");
        String password = value(context, "DB_PASSWORD");
        if (user != null || url.user().isPresent()) {
            properties.put("quarkus.datasource.username", user != null ? user : url.user().get());
        }
        if (password != null || url.password().isPresent()) {
            properties.put("quarkus.datasource.password", password != null ? password : url.password().get());
        }
        return properties;
    }

    /**
     * The embedded server starts when the first of its properties is read, not when the source is
     * built: the build (augmentation) builds configuration too and must not start a database.
     */
    private static ConfigSource embedded(ConfigSourceContext context) {
        String dataDir = value(context, "switchboard.data-dir");
        Path directory = Path.of(dataDir == null ? ".data" : dataDir, "pg").toAbsolutePath().normalize();
        return new LazyConfigSource(SOURCE_NAME, ORDINAL, List.of(SOURCE_PROPERTY, EMBEDDED_DIR_PROPERTY,
                "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url"),
                () -> embeddedProperties(directory));
    }

    private static synchronized Map<String, String> embeddedProperties(Path directory) {
        String port = System.getProperty(EMBEDDED_PORT_PROPERTY);
        if (port == null) {
            port = String.valueOf(EmbeddedDatabase.start(directory).port());
            System.setProperty(EMBEDDED_PORT_PROPERTY, port);
        }
        return Map.of(
                SOURCE_PROPERTY, "embedded",
                EMBEDDED_DIR_PROPERTY, directory.toString(),
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE);
    }

    private static ConfigSource source(Map<String, String> properties) {
        return new PropertiesConfigSource(properties, SOURCE_NAME, ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
