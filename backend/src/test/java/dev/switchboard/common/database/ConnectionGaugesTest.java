package dev.switchboard.common.database;

import dev.switchboard.testing.LogCapture;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connections of the datasource's pool each bring the client's metrics; none may register a meter twice. */
@QuarkusTest
class ConnectionGaugesTest {

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    MeterRegistry registry;

    @Test
    void twoConnectionsUnderThePoolsMetricsNameRegisterNoGaugeTwice() throws Exception {
        // As the pool opens them: Quarkus names the default datasource's client metrics so.
        PgConnectOptions options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setMetricsName("postgresql|<default>");
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);

        try (LogCapture log = new LogCapture("io.micrometer")) {
            for (int i = 0; i < 2; i++) {
                PgConnection connection = PgConnection.connect(vertx, options)
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertEquals(1, connection.query("SELECT 1").execute()
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).size());
                connection.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }

            assertFalse(log.text().contains("already registered"), log.text());
        }
        assertTrue(registry.find("postgresql.processing").tag("clientName", "<default>").timer() != null,
                "the client's timers stay");
        assertTrue(registry.find("postgresql.queue.size").gauges().isEmpty(), "the per-connection gauge is gone");
    }
}
