package dev.switchboard.common.problem;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures are "unavailable, retry" (503) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void refusedConnectionsPoolTimeoutsFullQueuesAndClosedConnectionsAreUnavailable() {
        assertTrue(DatabaseUnavailable.causes(new ConnectException("Connection refused")));
        assertTrue(DatabaseUnavailable.causes(new VertxException("Timeout waiting for connection")));
        assertTrue(DatabaseUnavailable.causes(new ConnectionPoolTooBusyException("max wait queue size of 10")));
        assertTrue(DatabaseUnavailable.causes(ClosedConnectionException.INSTANCE));
    }

    /** Too many clients, out of memory, admin shutdown, cannot connect now, connection failure. */
    @ParameterizedTest
    @ValueSource(strings = {"53300", "53200", "57P01", "57P03", "08006"})
    void sqlStatesThatMeanNotNowAreUnavailable(String sqlState) {
        assertTrue(DatabaseUnavailable.causes(new PgException("no", "FATAL", sqlState, null)));
    }

    @Test
    void aCauseDeepInTheChainCounts() {
        assertTrue(DatabaseUnavailable.causes(new CompletionException(new IllegalStateException("session",
                new PgException("sorry, too many clients already", "FATAL", "53300", null)))));
    }

    @Test
    void bugsAndBadQueriesAreNot() {
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("No current Mutiny.Session found")));
        assertFalse(DatabaseUnavailable.causes(new PgException("relation does not exist", "ERROR", "42P01", null)));
        assertFalse(DatabaseUnavailable.causes(new VertxException("Timeout")));
    }

    @Test
    void theProblemIsServiceUnavailableWithRetryAfter() {
        ProblemDetail problem = Problems.from(new CompletionException(new ConnectException("refused")), "/api/v1/secrets");

        assertEquals(ProblemType.SERVICE_UNAVAILABLE.uri(), problem.type());
        assertEquals(503, problem.status());
        assertEquals("5", Problems.retryAfterHeader(problem));
        assertFalse(problem.detail().contains("refused"), "the client sees no driver message");
    }
}
