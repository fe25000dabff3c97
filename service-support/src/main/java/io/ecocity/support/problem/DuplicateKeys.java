package io.ecocity.support.problem;

import java.net.URI;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two concurrent creations of the same key both pass the "does it exist?" check; the database's unique key refuses
 * the second at flush or commit. That is the caller's conflict (409 with the existing resource), not a 500.
 */
public final class DuplicateKeys {

    /** SQLSTATE of a unique violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    /** Whether {@code failure} or one of its causes is a unique-key violation of the database. */
    public static boolean violatedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && (violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                    || UNIQUE_VIOLATION.equals(violation.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a creation (its transaction ends inside {@code creation}); a unique violation at flush or commit becomes a
     * {@link ConflictException} naming {@code existing}.
     */
    public static <T> T create(Supplier<T> creation, String detail, Supplier<URI> existing) {
        try {
            return creation.get();
        } catch (RuntimeException e) {
            if (violatedBy(e)) {
                throw new ConflictException(detail, existing.get());
            }
            throw e;
        }
    }
}
