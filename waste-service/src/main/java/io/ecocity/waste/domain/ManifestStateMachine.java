package io.ecocity.waste.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The legal moves of a transfer manifest:
 * <pre>
 *   DRAFT → SUBMITTED → IN_TRANSIT → RECEIVED → CLOSED
 *   DRAFT | SUBMITTED → CANCELLED                 (only before pickup)
 *   IN_TRANSIT → DISCREPANCY → RECEIVED | REJECTED (receipt whose quantity is off)
 * </pre>
 * The relay hand-over (联运交接) and the paper-backfill flag of docs/standards/rules.md §5.2 are not modelled.
 */
public final class ManifestStateMachine {

    private static final Map<ManifestState, Set<ManifestState>> NEXT = new EnumMap<>(ManifestState.class);

    static {
        NEXT.put(ManifestState.DRAFT, EnumSet.of(ManifestState.SUBMITTED, ManifestState.CANCELLED));
        NEXT.put(ManifestState.SUBMITTED, EnumSet.of(ManifestState.IN_TRANSIT, ManifestState.CANCELLED));
        NEXT.put(ManifestState.IN_TRANSIT, EnumSet.of(ManifestState.RECEIVED, ManifestState.DISCREPANCY));
        NEXT.put(ManifestState.DISCREPANCY, EnumSet.of(ManifestState.RECEIVED, ManifestState.REJECTED));
        NEXT.put(ManifestState.RECEIVED, EnumSet.of(ManifestState.CLOSED));
        NEXT.put(ManifestState.CLOSED, EnumSet.noneOf(ManifestState.class));
        NEXT.put(ManifestState.CANCELLED, EnumSet.noneOf(ManifestState.class));
        NEXT.put(ManifestState.REJECTED, EnumSet.noneOf(ManifestState.class));
    }

    public Set<ManifestState> nextStates(ManifestState from) {
        return Collections.unmodifiableSet(NEXT.get(Objects.requireNonNull(from)));
    }

    public boolean isLegal(ManifestState from, ManifestState to) {
        return check(from, to).legal();
    }

    /** Whether {@code from → to} is a move of the graph, and if not, the most specific reason. */
    public TransitionCheck check(ManifestState from, ManifestState to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (NEXT.get(from).contains(to)) {
            return TransitionCheck.allowed(from, to);
        }
        if (from == to) {
            return TransitionCheck.refused(from, to, "manifest is already " + from);
        }
        if (from.isTerminal()) {
            return TransitionCheck.refused(from, to, "manifest is " + from + ", a final state; no further transition");
        }
        if (to == ManifestState.CANCELLED) {
            return TransitionCheck.refused(from, to, "a manifest can be cancelled only before pickup (DRAFT or SUBMITTED), not in " + from);
        }
        if (to == ManifestState.DISCREPANCY) {
            return TransitionCheck.refused(from, to, "a discrepancy is recorded only on receipt of a manifest IN_TRANSIT, not in " + from);
        }
        if (to == ManifestState.REJECTED) {
            return TransitionCheck.refused(from, to, "a manifest can be rejected only after a DISCREPANCY, not in " + from);
        }
        return TransitionCheck.refused(from, to, from + " cannot move to " + to + "; allowed next: " + NEXT.get(from));
    }

    /**
     * The party that makes a legal move: the consigner submits (DRAFT → SUBMITTED) and cancels before pickup; the
     * carrier confirms pickup (SUBMITTED → IN_TRANSIT); the receiver records the receipt (IN_TRANSIT → RECEIVED or
     * DISCREPANCY), decides a discrepancy (→ RECEIVED or REJECTED) and closes (RECEIVED → CLOSED).
     *
     * @throws IllegalArgumentException for a move that is not in the graph, which no party makes
     */
    public ManifestParty partyOf(ManifestState from, ManifestState to) {
        if (!isLegal(from, to)) {
            throw new IllegalArgumentException(check(from, to).reason());
        }
        return switch (from) {
            case DRAFT -> ManifestParty.CONSIGNER;
            case SUBMITTED -> to == ManifestState.CANCELLED ? ManifestParty.CONSIGNER : ManifestParty.CARRIER;
            case IN_TRANSIT, DISCREPANCY, RECEIVED -> ManifestParty.RECEIVER;
            case CLOSED, CANCELLED, REJECTED -> throw new IllegalStateException(from + " has no next state");
        };
    }

    /**
     * A receipt decision: from IN_TRANSIT, a receipt whose quantity is off (see
     * {@link ManifestAlerts#isQuantityDiscrepancy}) must go to DISCREPANCY and one within tolerance to RECEIVED.
     */
    public TransitionCheck checkReceipt(ManifestState from, ManifestState to, boolean quantityOff) {
        TransitionCheck graph = check(from, to);
        if (!graph.legal() || from != ManifestState.IN_TRANSIT) {
            return graph;
        }
        if (quantityOff && to == ManifestState.RECEIVED) {
            return TransitionCheck.refused(from, to, "received quantity is off the shipped one beyond tolerance; record a DISCREPANCY first");
        }
        if (!quantityOff && to == ManifestState.DISCREPANCY) {
            return TransitionCheck.refused(from, to, "received quantity is within tolerance; no discrepancy to record");
        }
        return graph;
    }
}
