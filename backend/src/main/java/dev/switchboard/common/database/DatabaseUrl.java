package dev.switchboard.common.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PostgreSQL location given as {@code postgresql://[user[:password]@]host[:port]/database[?params]},
 * the form of {@code DB_URL}. The reactive client takes that URI as it is; Flyway needs the JDBC
 * form, which does not accept credentials in the authority, so they are split off.
 */
record DatabaseUrl(String host, int port, String database, String query,
                   Optional<String> user, Optional<String> password) {

    static final int DEFAULT_PORT = 5432;

    static DatabaseUrl parse(String value) {
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw invalid("it is not a URI");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw invalid("the scheme must be postgresql://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("it names no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() <= 1) {
            throw invalid("it names no database (postgresql://host:5432/database)");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        return new DatabaseUrl(uri.getHost(), port, decode(path.substring(1)), uri.getRawQuery(), user, password);
    }

    String reactiveUrl() {
        return "postgresql://" + authority() + "/" + database + (query == null ? "" : "?" + query);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + authority() + "/" + database + (query == null ? "" : "?" + query);
    }

    /** The location without credentials, safe to log. */
    String display() {
        return "postgresql://" + authority() + "/" + database;
    }

    private String authority() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return h + ":" + port;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException invalid(String why) {
        // The value itself is not repeated: it may carry a password.
        return new IllegalArgumentException("DB_URL is not a PostgreSQL URL: " + why
                + ". Expected postgresql://host:5432/database");
    }
}
