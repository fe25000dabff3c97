package io.ecocity.gateway.service;

import io.ecocity.support.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows each time a change of the city view commits: what a reader computed from the view at one
 * version is still the view's answer as long as the version has not moved. It moves only after the commit, so a
 * reader that took the version before reading can never tag data that was then rolled back, or miss a commit.
 */
@ApplicationScoped
public class ViewVersion {

    private static final Object KEY = new Object();

    private final AtomicLong version = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public ViewVersion(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public long current() {
        return version.get();
    }

    /** The view changes in the current transaction: a new version once it commits (at once outside a transaction). */
    public void changing() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            version.incrementAndGet();
            return;
        }
        TransactionHooks.onceAfterCommit(transactions, KEY, version::incrementAndGet);
    }

    /** Something the overview shows but the store does not hold (a service's reachability) changed just now. */
    public void changedInMemory() {
        version.incrementAndGet();
    }

    /** Changes made outside the event handlers (an alert acknowledged through the API) announce themselves too. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CityChange change) {
        version.incrementAndGet();
    }
}
