package dev.switchboard.common.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestarts() throws SQLException {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(pg); Connection c = connect(first)) {
            c.createStatement().execute("CREATE TABLE kept (v text)");
            c.createStatement().execute("INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(pg); Connection c = connect(second);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }

    @Test
    void stopsOnClose() throws SQLException {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("pg"));
        String url = database.jdbcUrl();
        try (Connection c = connect(database)) {
            assertTrue(c.isValid(2));
        }

        database.close();

        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, EmbeddedDatabase.USER, ""));
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
