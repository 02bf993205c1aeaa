package dev.switchboard.common.database;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {

    @Test
    void derivesReactiveAndJdbcUrls() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://db.internal:5433/switchboard");

        assertEquals("postgresql://db.internal:5433/switchboard", url.reactiveUrl());
        assertEquals("jdbc:postgresql://db.internal:5433/switchboard", url.jdbcUrl());
        assertTrue(url.user().isEmpty());
    }

    @Test
    void defaultsThePortAndKeepsQueryParameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://db/app?sslmode=require");

        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require", url.jdbcUrl());
        assertEquals("postgresql://db:5432/app?sslmode=require", url.reactiveUrl());
    }

    @Test
    void splitsCredentialsOffTheUrls() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:p%40ss@db:5432/app");

        assertEquals(Optional.of("app"), url.user());
        assertEquals(Optional.of("p@ss"), url.password());
        assertFalse(url.jdbcUrl().contains("p%40ss"));
        assertFalse(url.reactiveUrl().contains("app:"));
        assertEquals("postgresql://db:5432/app", url.display());
    }

    @Test
    void rejectsOtherSchemesWithoutEchoingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("mysql://u:hunter2@db/app"));

        assertTrue(e.getMessage().contains("postgresql://"));
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void rejectsAUrlWithoutDatabase() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://db:5432"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://db:5432/"));
    }
}
