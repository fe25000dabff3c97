package io.ecocity.air.service;

import io.ecocity.air.domain.HourlyObservation;
import io.ecocity.air.repository.ObservationStore;
import io.ecocity.support.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores checked observations. Derived values are not computed here: the changed station-days are queued and the
 * {@link AssessmentService} recomputes them shortly after, once per burst, and emits the events (corrections
 * included) through the outbox.
 */
@ApplicationScoped
public class ObservationIngestService {

    private static final Object BUFFER_KEY = new Object();
    private static final Object WAKE_KEY = new Object();

    private final ObservationStore store;
    private final TransactionSynchronizationRegistry transactions;
    private final AssessmentJob assessmentJob;

    public ObservationIngestService(ObservationStore store, TransactionSynchronizationRegistry transactions,
                                    AssessmentJob assessmentJob) {
        this.store = store;
        this.transactions = transactions;
        this.assessmentJob = assessmentJob;
    }

    @Transactional
    public ObservationStore.WriteResult ingest(List<HourlyObservation> observations) {
        wakeAssessmentAfterCommit();
        return store.write(observations, Instant.now());
    }

    /**
     * Adds an observation to the current transaction's buffer, written in one JDBC batch just before it commits: a
     * consumer poll of hundreds of events costs a few statements, not hundreds. A later event for the same
     * station-hour in the same transaction wins, as it would one by one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ingestAtCommit(HourlyObservation observation) {
        @SuppressWarnings("unchecked")
        Map<HourlyObservation.Key, HourlyObservation> buffer =
                (Map<HourlyObservation.Key, HourlyObservation>) transactions.getResource(BUFFER_KEY);
        if (buffer == null) {
            Map<HourlyObservation.Key, HourlyObservation> created = new LinkedHashMap<>();
            transactions.putResource(BUFFER_KEY, created);
            TransactionHooks.beforeCommit(transactions,
                    () -> store.write(new ArrayList<>(created.values()), Instant.now()));
            buffer = created;
        }
        buffer.remove(observation.key());
        buffer.put(observation.key(), observation);
        wakeAssessmentAfterCommit();
    }

    /** Once the observations are committed, the assessment starts on them without waiting for its next tick. */
    private void wakeAssessmentAfterCommit() {
        TransactionHooks.onceAfterCommit(transactions, WAKE_KEY, assessmentJob::wake);
    }
}
