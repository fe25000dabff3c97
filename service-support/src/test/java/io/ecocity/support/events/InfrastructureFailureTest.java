package io.ecocity.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures of a handler the consumer retries (transient) and which dead-letter the one event. */
class InfrastructureFailureTest {

    @Test
    void theDatabaseTheBrokerAndTheTransactionAreRetried() {
        assertThat(EventConsumer.infrastructureFailure(new IllegalStateException("wrapped",
                new SQLTransientConnectionException("connection refused")))).isTrue();
        assertThat(EventConsumer.infrastructureFailure(new PersistenceException("lock timeout"))).isTrue();
        assertThat(EventConsumer.infrastructureFailure(new TimeoutException("broker"))).isTrue();
        assertThat(EventConsumer.infrastructureFailure(new RuntimeException(
                new jakarta.transaction.RollbackException("rolled back")))).isTrue();
    }

    @Test
    void aFaultOnTheEventItselfIsNot() {
        assertThat(EventConsumer.infrastructureFailure(new NullPointerException("raisedAt is null"))).isFalse();
        assertThat(EventConsumer.infrastructureFailure(new IllegalArgumentException("no such town"))).isFalse();
        assertThat(EventConsumer.infrastructureFailure(new ArithmeticException("/ by zero"))).isFalse();
    }
}
