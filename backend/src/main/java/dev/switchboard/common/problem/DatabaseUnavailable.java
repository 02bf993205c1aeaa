package dev.switchboard.common.problem;

import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.Set;

/**
 * The one rule for telling a database that is down or overloaded from a bug: such a failure is
 * {@code 503 service-unavailable} with {@code Retry-After}, never {@code 500 internal}. Recognised
 * anywhere in the cause chain (Hibernate Reactive wraps the client's exceptions).
 */
public final class DatabaseUnavailable {

    /** Long enough for a pool to drain or a restarting server to accept connections again. */
    static final long RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    /** What the reactive pool fails with when no connection frees up within its acquire timeout. */
    private static final String POOL_TIMEOUT = "Timeout waiting for connection";
    /** SQLSTATE classes and codes that mean "not now": connection exception, insufficient resources, shutting down or starting up. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53");
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_CAUSES = 16;

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or one of its causes, says the database cannot take the request now. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (unavailable(cause)) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(Throwable failure, String instance) {
        LOG.warnf("Database unavailable on %s: %s", instance, failure);
        return ProblemDetail.of(ProblemType.SERVICE_UNAVAILABLE, "The database is unavailable or has no free "
                        + "connection right now; retry in a few seconds.", instance)
                .withRetryAfter(RETRY_AFTER_SECONDS);
    }

    private static boolean unavailable(Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof ClosedConnectionException
                || failure instanceof ConnectionPoolTooBusyException) {
            return true;
        }
        if (failure instanceof DatabaseException database && database.getSqlState() != null) {
            String state = database.getSqlState();
            return UNAVAILABLE_STATES.contains(state)
                    || (state.length() == 5 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2)));
        }
        return failure instanceof VertxException && POOL_TIMEOUT.equals(failure.getMessage());
    }
}
