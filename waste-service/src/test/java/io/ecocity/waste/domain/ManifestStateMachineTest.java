package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of manifest states against the graph of docs/standards/rules.md §5.2; nothing stubbed. */
class ManifestStateMachineTest {

    private final ManifestStateMachine machine = new ManifestStateMachine();

    /** The legal moves, written out independently of the implementation. */
    private static final Set<String> LEGAL = Set.of(
            "DRAFT>SUBMITTED", "DRAFT>CANCELLED",
            "SUBMITTED>IN_TRANSIT", "SUBMITTED>CANCELLED",
            "IN_TRANSIT>RECEIVED", "IN_TRANSIT>DISCREPANCY",
            "DISCREPANCY>RECEIVED", "DISCREPANCY>REJECTED",
            "RECEIVED>CLOSED");

    static Stream<Arguments> allPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ManifestState from : ManifestState.values()) {
            for (ManifestState to : ManifestState.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allPairs")
    void everyPairIsLegalExactlyWhenTheGraphSaysSo(ManifestState from, ManifestState to) {
        TransitionCheck check = machine.check(from, to);
        boolean expected = LEGAL.contains(from + ">" + to);
        assertEquals(expected, check.legal());
        assertEquals(expected, machine.isLegal(from, to));
        assertEquals(expected, machine.nextStates(from).contains(to));
        if (expected) {
            assertEquals("", check.reason());
        } else {
            assertFalse(check.reason().isBlank(), "an illegal move says why");
        }
    }

    @Test
    void happyPathAndBothDiscrepancyOutcomesWalkThrough() {
        walk(ManifestState.DRAFT, ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.RECEIVED, ManifestState.CLOSED);
        walk(ManifestState.DRAFT, ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY,
                ManifestState.RECEIVED, ManifestState.CLOSED);
        walk(ManifestState.DRAFT, ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY, ManifestState.REJECTED);
        walk(ManifestState.DRAFT, ManifestState.CANCELLED);
        walk(ManifestState.DRAFT, ManifestState.SUBMITTED, ManifestState.CANCELLED);
    }

    private void walk(ManifestState... path) {
        for (int i = 1; i < path.length; i++) {
            assertTrue(machine.isLegal(path[i - 1], path[i]), path[i - 1] + " → " + path[i]);
        }
        assertTrue(path[path.length - 1].isTerminal());
    }

    @Test
    void terminalStatesHaveNoExit() {
        assertEquals(EnumSet.of(ManifestState.CLOSED, ManifestState.CANCELLED, ManifestState.REJECTED),
                EnumSet.copyOf(Stream.of(ManifestState.values()).filter(s -> machine.nextStates(s).isEmpty()).toList()));
    }

    @Test
    void reasonsAreSpecific() {
        assertTrue(machine.check(ManifestState.IN_TRANSIT, ManifestState.CANCELLED).reason().contains("before pickup"));
        assertTrue(machine.check(ManifestState.SUBMITTED, ManifestState.DISCREPANCY).reason().contains("IN_TRANSIT"));
        assertTrue(machine.check(ManifestState.IN_TRANSIT, ManifestState.REJECTED).reason().contains("DISCREPANCY"));
        assertTrue(machine.check(ManifestState.CLOSED, ManifestState.DRAFT).reason().contains("final"));
        assertTrue(machine.check(ManifestState.RECEIVED, ManifestState.RECEIVED).reason().contains("already"));
        assertTrue(machine.check(ManifestState.DRAFT, ManifestState.IN_TRANSIT).reason().contains("allowed next"));
    }

    @Test
    void receiptFollowsTheQuantityCheck() {
        assertTrue(machine.checkReceipt(ManifestState.IN_TRANSIT, ManifestState.RECEIVED, false).legal());
        assertFalse(machine.checkReceipt(ManifestState.IN_TRANSIT, ManifestState.RECEIVED, true).legal());
        assertTrue(machine.checkReceipt(ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY, true).legal());
        assertFalse(machine.checkReceipt(ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY, false).legal());
        // after a discrepancy the receiver may accept the off quantity
        assertTrue(machine.checkReceipt(ManifestState.DISCREPANCY, ManifestState.RECEIVED, true).legal());
        // and the graph still rules
        assertFalse(machine.checkReceipt(ManifestState.SUBMITTED, ManifestState.RECEIVED, false).legal());
    }

    /** Who makes each legal move, written out independently of the implementation. */
    private static final Map<String, ManifestParty> PARTY = Map.of(
            "DRAFT>SUBMITTED", ManifestParty.CONSIGNER, "DRAFT>CANCELLED", ManifestParty.CONSIGNER,
            "SUBMITTED>CANCELLED", ManifestParty.CONSIGNER,
            "SUBMITTED>IN_TRANSIT", ManifestParty.CARRIER,
            "IN_TRANSIT>RECEIVED", ManifestParty.RECEIVER, "IN_TRANSIT>DISCREPANCY", ManifestParty.RECEIVER,
            "DISCREPANCY>RECEIVED", ManifestParty.RECEIVER, "DISCREPANCY>REJECTED", ManifestParty.RECEIVER,
            "RECEIVED>CLOSED", ManifestParty.RECEIVER);

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allPairs")
    void eachLegalMoveHasItsPartyAndAnIllegalOneNone(ManifestState from, ManifestState to) {
        ManifestParty expected = PARTY.get(from + ">" + to);
        if (expected == null) {
            assertThrows(IllegalArgumentException.class, () -> machine.partyOf(from, to));
        } else {
            assertEquals(expected, machine.partyOf(from, to));
        }
        assertEquals(LEGAL, PARTY.keySet());
    }
}
