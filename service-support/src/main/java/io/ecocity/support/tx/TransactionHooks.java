package io.ecocity.support.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work tied to the end of the current JTA transaction: just before it commits, or once it has committed. */
public final class TransactionHooks {

    private TransactionHooks() {
    }

    /**
     * Runs {@code action} once the current transaction has committed (never on a rollback); the first call with a
     * given key in a transaction registers it, later ones with the same key add nothing.
     */
    public static void onceAfterCommit(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** Runs {@code action} just before the current transaction commits, inside it; not when it is rolling back. */
    public static void beforeCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    action.run();
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
