package io.ecocity.support.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * A failure because the service's database cannot be reached (stopped, restarting, refusing connections, the pool
 * out of connections): nothing of the request was stored, and the same request will succeed once it is back. A
 * REST caller is told so with 503 and {@code Retry-After}, so a data logger or a town system resends instead of
 * giving the write up as a fault of its own.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (refused, broken, lost). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up or shutting down). */
    private static final java.util.Set<String> SERVER_GOING_AWAY = java.util.Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /**
     * Whether {@code failure}, one of its causes or what they suppressed says the database cannot be reached. A failed
     * commit carries the driver's reason only as a suppressed exception (Narayana's RollbackException has no cause).
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, java.util.Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (unreachable(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable t) {
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state))) {
                return true;
            }
            // Agroal, when no connection comes within its acquisition timeout (the server is gone or saturated)
            return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        return false;
    }
}
