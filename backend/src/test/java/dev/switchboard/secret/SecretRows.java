package dev.switchboard.secret;

import dev.switchboard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Raw access to the {@code secrets} table over JDBC, bypassing the application. */
final class SecretRows {

    record Row(String key, byte[] value, String keyId) {
    }

    private SecretRows() {
    }

    static Connection connect() throws SQLException {
        return TestDatabase.connect();
    }

    static List<Row> all() throws SQLException {
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT key, value, key_id FROM secrets ORDER BY key")) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getBytes(2), rs.getString(3)));
            }
            return rows;
        }
    }

    static Row one(String key) throws SQLException {
        return all().stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    static void insert(String key, byte[] value, String keyId) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO secrets (key, value, key_id) VALUES (?, ?, ?)")) {
            s.setString(1, key);
            s.setBytes(2, value);
            s.setString(3, keyId);
            s.executeUpdate();
        }
    }
}
