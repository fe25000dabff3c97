package io.ecocity.gateway.service;

import io.ecocity.support.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Numbers that grow each time a change of the city view commits, one for each part of it ({@link Part}) and one for
 * the whole: what a reader computed from a part at one version is still the view's answer as long as that version
 * has not moved. A version moves only after the commit, so a reader that took it before reading can never tag data
 * that was then rolled back, or miss a commit.
 */
@ApplicationScoped
public class ViewVersion {

    /** The parts of the view that change apart: each domain's own figures, and the alerts that all of them count. */
    public enum Part {
        AIR, WATER, WASTE, ALERTS;

        /** The part of a domain's events ({@code air}, {@code water}, {@code waste}). */
        public static Part ofDomain(String domain) {
            return switch (domain) {
                case "air" -> AIR;
                case "water" -> WATER;
                default -> WASTE;
            };
        }
    }

    private static final Part[] ALL = Part.values();
    private static final Object[] KEYS = new Object[ALL.length];

    static {
        for (int i = 0; i < KEYS.length; i++) {
            KEYS[i] = new Object();
        }
    }

    private final AtomicLong version = new AtomicLong();
    private final AtomicLongArray parts = new AtomicLongArray(ALL.length);
    private final TransactionSynchronizationRegistry transactions;

    public ViewVersion(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The version of the whole view: it moves whenever any part does. */
    public long current() {
        return version.get();
    }

    public long current(Part part) {
        return parts.get(part.ordinal());
    }

    /** The whole view changes in the current transaction: new versions once it commits (at once outside one). */
    public void changing() {
        changing(ALL);
    }

    /** These parts change in the current transaction: new versions once it commits (at once outside one). */
    public void changing(Part... changed) {
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        for (Part part : changed) {
            if (inTransaction) {
                // once per part and transaction, however many events of the poll change it
                TransactionHooks.onceAfterCommit(transactions, KEYS[part.ordinal()], () -> moved(part));
            } else {
                moved(part);
            }
        }
    }

    /** Something the overview shows but the store does not hold (a service's reachability) changed just now. */
    public void changedInMemory() {
        for (Part part : ALL) {
            moved(part);
        }
    }

    /** Changes made outside the event handlers (an alert acknowledged through the API) announce themselves too. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CityChange change) {
        switch (change.name()) {
            case CityChange.ALERT -> moved(Part.ALERTS);
            case CityChange.CITY_AQI -> moved(Part.AIR);
            // a target's progress comes only from its domain's events, which move the domain's part themselves
            case CityChange.SCORECARD -> {
            }
            default -> changedInMemory();
        }
    }

    private void moved(Part part) {
        parts.incrementAndGet(part.ordinal());
        version.incrementAndGet();
    }
}
