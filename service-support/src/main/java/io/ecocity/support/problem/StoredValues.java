package io.ecocity.support.problem;

import java.sql.SQLException;

/**
 * A value the database refuses to store (SQLSTATE class 22, "data exception": a NUL in text, a number or text too
 * large for its column) is the content's fault, not the database's: a 400 on REST, a dead letter on Kafka. Input
 * bounds catch these first and name the field; this is the net under them.
 */
public final class StoredValues {

    private static final String DATA_EXCEPTION_CLASS = "22";

    private StoredValues() {
    }

    /** Whether {@code failure} or one of its causes is the database refusing a value. */
    public static boolean refusedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.DataException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
