package dev.switchboard.secret;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the database holds: envelopes only, never plaintext. */
@QuarkusTest
class SecretAtRestTest {

    private static final Map<String, String> STORED = Map.of(
            "REST_OPENAI_API_KEY", "sk-proj-AtRest-4f9c2e7a1b8d3c6e5f0a",
            "REST_AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "REST_UNICODE", "mot-de-passe-clé-🔑-ключ-0123");
    /** Runs this long of a value's UTF-8 bytes must not occur anywhere in the table. */
    private static final int WINDOW = 8;

    @Inject
    SecretCipher cipher;

    @ConfigProperty(name = "switchboard.data-dir")
    String dataDir;

    @Test
    void rawTableHoldsNoPlaintextBytesOfAnyStoredValue() throws SQLException {
        STORED.forEach((key, value) -> given().contentType(ContentType.JSON)
                .body(Map.of("value", value)).put("/api/v1/secrets/" + key).then().statusCode(200));
        given().contentType(ContentType.JSON)
                .body(Map.of("secrets", List.of(Map.of("key", "REST_BATCHED", "value", "batched-plaintext-value-xyz"))))
                .put("/api/v1/secrets").then().statusCode(200);

        byte[] table = dumpOfTheWholeTable();

        List<String> values = new ArrayList<>(STORED.values());
        values.add("batched-plaintext-value-xyz");
        for (String value : values) {
            byte[] plain = value.getBytes(StandardCharsets.UTF_8);
            for (int start = 0; start + WINDOW <= plain.length; start++) {
                byte[] run = Arrays.copyOfRange(plain, start, start + WINDOW);
                assertFalse(contains(table, run), "plaintext bytes " + start + ".." + (start + WINDOW)
                        + " of a stored value are in the table");
            }
        }
    }

    @Test
    void rowsCarryTheCurrentKeyIdOfTheirEnvelope() throws SQLException {
        given().contentType(ContentType.JSON).body(Map.of("value", "key-id-check"))
                .put("/api/v1/secrets/REST_KEY_ID").then().statusCode(200);

        SecretRows.Row row = SecretRows.one("REST_KEY_ID");

        assertEquals(cipher.currentKeyId(), row.keyId());
        assertEquals(1, row.value()[0]);
        assertEquals(cipher.currentKeyId(), SecretCipher.keyIdOf(row.value()).orElseThrow());
    }

    @Test
    void databaseRefusesAValueThatIsNotAnEnvelope() {
        for (String plaintext : List.of("sk-plaintext", "\u0001short", "")) {
            SQLException e = assertThrows(SQLException.class, () -> SecretRows.insert("REST_PLAIN",
                    plaintext.getBytes(StandardCharsets.UTF_8), "0123456789abcdef"));
            assertEquals("23514", e.getSQLState(), "check violation");
        }
        byte[] envelopeShaped = new byte[40];
        envelopeShaped[0] = 1;
        SQLException e = assertThrows(SQLException.class,
                () -> SecretRows.insert("REST_PLAIN", envelopeShaped, "ffffffffffffffff"));
        assertEquals("23514", e.getSQLState(), "key_id must repeat the envelope's key id");
    }

    @Test
    void generatedKeyFileOfTheEmbeddedDefaultIsPrivate() throws Exception {
        Path file = Path.of(dataDir, SecretKeys.FILE_NAME);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static byte[] dumpOfTheWholeTable() throws SQLException {
        try (Connection c = SecretRows.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT value, s::text FROM secrets s")) {
            var dump = new java.io.ByteArrayOutputStream();
            while (rs.next()) {
                dump.writeBytes(rs.getBytes(1));
                dump.writeBytes(rs.getString(2).getBytes(StandardCharsets.UTF_8));
            }
            return dump.toByteArray();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
