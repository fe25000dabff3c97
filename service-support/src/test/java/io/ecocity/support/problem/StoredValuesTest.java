package io.ecocity.support.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures are the content's fault, by SQLSTATE, as PostgreSQL and H2 report them; nothing stubbed. */
class StoredValuesTest {

    @Test
    void aDataExceptionIsTheContentsFault() {
        // PostgreSQL: invalid byte sequence (a NUL in text); H2 and PostgreSQL: value too long, numeric out of range
        for (String state : new String[] {"22021", "22001", "22003"}) {
            assertTrue(StoredValues.refusedBy(new IllegalStateException("wrapped", new SQLException("refused", state))),
                    state);
        }
        assertTrue(StoredValues.refusedBy(new org.hibernate.exception.DataException("refused",
                new SQLException("refused", "22021"))));
    }

    @Test
    void aConnectionLossALockOrADuplicateKeyIsNot() {
        for (String state : new String[] {"08006", "40001", "40P01", "57014", "23505"}) {
            assertFalse(StoredValues.refusedBy(new RuntimeException(new SQLException("failed", state))), state);
        }
        assertFalse(StoredValues.refusedBy(new RuntimeException("no SQL at all")));
        assertFalse(StoredValues.refusedBy(new RuntimeException(new SQLException("no state"))));
    }
}
