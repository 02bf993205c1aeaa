package dev.switchboard.customprovider;

import dev.switchboard.secret.Vault;
import dev.switchboard.testing.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Raw access to {@code custom_providers} and {@code custom_provider_secrets} over JDBC, bypassing the
 * application, as an operator with {@code psql} (or another replica) would.
 */
final class CustomProviderRows {

    /** A row of {@code custom_provider_secrets}. */
    record Secret(String field, byte[] value, String keyId) {
    }

    private CustomProviderRows() {
    }

    /** The provider's secret rows, by field name. */
    static List<Secret> secrets(String providerId) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT field, value, key_id FROM custom_provider_secrets WHERE provider_id = ? ORDER BY field")) {
            s.setObject(1, UUID.fromString(providerId));
            try (ResultSet rs = s.executeQuery()) {
                List<Secret> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Secret(rs.getString(1), rs.getBytes(2), rs.getString(3)));
                }
                return rows;
            }
        }
    }

    static Secret secret(String providerId, String field) throws SQLException {
        return secrets(providerId).stream().filter(row -> row.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " row for " + providerId));
    }

    /** Overwrites one secret row's envelope and key id. */
    static void setSecret(String providerId, String field, byte[] value, String keyId) throws SQLException {
        execute("UPDATE custom_provider_secrets SET value = ?, key_id = ? WHERE provider_id = ? AND field = ?",
                value, keyId, UUID.fromString(providerId), field);
    }

    /**
     * Seals the provider's secret rows anew with {@code vault}, as a server with another key would have
     * written them (the values must be the stored ones: envelopes cannot be re-keyed without them).
     */
    static void reseal(String providerId, Vault vault, Map<SecretField, String> values) throws SQLException {
        for (Map.Entry<SecretField, String> value : values.entrySet()) {
            Vault.Sealed sealed = vault.seal(value.getKey().identity(UUID.fromString(providerId)), value.getValue());
            setSecret(providerId, value.getKey().name(), sealed.envelope(), sealed.keyId());
        }
    }

    /** Runs one statement with its parameters; the number of rows it changed. */
    static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** Every column of every row of both tables, as raw bytes and as PostgreSQL prints it, concatenated. */
    static byte[] dump() throws SQLException {
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        try (Connection c = TestDatabase.connect()) {
            for (String table : List.of("custom_providers", "custom_provider_secrets")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT t.*, t::text FROM " + table + " t")) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            byte[] bytes = columns.getColumnType(i) == java.sql.Types.BINARY ? rs.getBytes(i)
                                    : String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8);
                            dump.writeBytes(bytes);
                        }
                    }
                }
            }
        }
        return dump.toByteArray();
    }
}
