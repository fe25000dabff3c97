package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three manifest alerts: receipt overdue, received quantity off, facility capacity near its limit.
 * Thresholds are compared exactly (no rounding before the comparison), so edges behave as documented
 * in {@link ManifestAlertPolicy}.
 */
public final class ManifestAlerts {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ManifestAlertPolicy policy;

    public ManifestAlerts(ManifestAlertPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public ManifestAlertPolicy policy() {
        return policy;
    }

    // ---- receipt deadline --------------------------------------------------------------------

    /** The last day on which receipt may be confirmed: the N-th working day after the pickup day. */
    public LocalDate receiptDeadline(LocalDate pickupDay) {
        return policy.calendar().addWorkingDays(pickupDay, policy.receiptWorkingDays());
    }

    /**
     * Overdue when receipt was confirmed after the deadline, or is still unconfirmed on a day after it.
     * Confirmation on the deadline day itself is in time.
     *
     * @param receivedDay the Beijing day receipt was confirmed, or null if not yet confirmed
     */
    public boolean isReceiptOverdue(LocalDate pickupDay, LocalDate receivedDay, LocalDate today) {
        LocalDate deadline = receiptDeadline(pickupDay);
        return receivedDay != null ? receivedDay.isAfter(deadline) : today.isAfter(deadline);
    }

    public Optional<WasteAlert> receiptOverdue(String manifestNumber, LocalDate pickupDay, LocalDate receivedDay, LocalDate today) {
        if (!isReceiptOverdue(pickupDay, receivedDay, today)) {
            return Optional.empty();
        }
        LocalDate deadline = receiptDeadline(pickupDay);
        String message = receivedDay != null
                ? "receipt confirmed on " + receivedDay + ", after the deadline " + deadline
                : "receipt not confirmed; deadline was " + deadline + " (" + policy.receiptWorkingDays()
                        + " working days after pickup on " + pickupDay + ")";
        return Optional.of(new WasteAlert(AlertType.RECEIPT_OVERDUE, manifestNumber, message));
    }

    // ---- quantity discrepancy ----------------------------------------------------------------

    /**
     * |received − shipped| ÷ shipped × 100, scale 4 (HALF_UP), for display; empty when nothing was shipped.
     */
    public Optional<BigDecimal> deviationPercent(BigDecimal shippedTonnes, BigDecimal receivedTonnes) {
        requireNotNegative(shippedTonnes, receivedTonnes);
        if (shippedTonnes.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(receivedTonnes.subtract(shippedTonnes).abs().multiply(HUNDRED)
                .divide(shippedTonnes, 4, RoundingMode.HALF_UP));
    }

    /**
     * More than the tolerance off, compared exactly: with 5 %, 105 t received of 100 t is not a
     * discrepancy and 105.01 t is. Anything received against a zero shipment is one.
     */
    public boolean isQuantityDiscrepancy(BigDecimal shippedTonnes, BigDecimal receivedTonnes) {
        requireNotNegative(shippedTonnes, receivedTonnes);
        BigDecimal scaledDifference = receivedTonnes.subtract(shippedTonnes).abs().multiply(HUNDRED);
        return scaledDifference.compareTo(policy.discrepancyTolerancePercent().multiply(shippedTonnes)) > 0;
    }

    public Optional<WasteAlert> quantityDiscrepancy(String manifestNumber, BigDecimal shippedTonnes, BigDecimal receivedTonnes) {
        if (!isQuantityDiscrepancy(shippedTonnes, receivedTonnes)) {
            return Optional.empty();
        }
        String off = deviationPercent(shippedTonnes, receivedTonnes)
                .map(percent -> percent.toPlainString() + " %")
                .orElse("against a zero shipment");
        return Optional.of(new WasteAlert(AlertType.QUANTITY_DISCREPANCY, manifestNumber,
                "received " + receivedTonnes.toPlainString() + " t of " + shippedTonnes.toPlainString()
                        + " t shipped, off by " + off + " (tolerance " + policy.discrepancyTolerancePercent().toPlainString() + " %)"));
    }

    private static void requireNotNegative(BigDecimal shipped, BigDecimal received) {
        if (shipped.signum() < 0 || received.signum() < 0) {
            throw new IllegalArgumentException("tonnes must not be negative");
        }
    }

    // ---- facility capacity -------------------------------------------------------------------

    /**
     * Usage per category in {@code year}, for every permitted category and every category received.
     * Shipments received in other years are ignored.
     */
    public List<CapacityUsage> capacityUsage(FacilityPermit permit, int year, Collection<ReceivedShipment> shipments) {
        Map<String, BigDecimal> received = new TreeMap<>();
        for (ReceivedShipment shipment : shipments) {
            if (shipment.receivedDay().getYear() == year) {
                received.merge(shipment.category(), shipment.receivedTonnes(), BigDecimal::add);
            }
        }
        TreeSet<String> categories = new TreeSet<>(permit.annualCapacityTonnesByCategory().keySet());
        categories.addAll(received.keySet());
        List<CapacityUsage> usages = new ArrayList<>();
        for (String category : categories) {
            BigDecimal permitted = permit.annualCapacityTonnesByCategory().getOrDefault(category, BigDecimal.ZERO);
            BigDecimal used = received.getOrDefault(category, BigDecimal.ZERO);
            BigDecimal share = permitted.signum() > 0
                    ? used.multiply(HUNDRED).divide(permitted, 2, RoundingMode.HALF_UP)
                    : null;
            boolean alert = permitted.signum() > 0
                    ? used.multiply(HUNDRED).compareTo(policy.capacityAlertSharePercent().multiply(permitted)) >= 0
                    : used.signum() > 0;
            usages.add(new CapacityUsage(permit.facilityId(), category, year, permitted, used, share, alert));
        }
        return usages;
    }

    public List<WasteAlert> capacityAlerts(FacilityPermit permit, int year, Collection<ReceivedShipment> shipments) {
        List<WasteAlert> alerts = new ArrayList<>();
        for (CapacityUsage usage : capacityUsage(permit, year, shipments)) {
            capacityAlert(usage).ifPresent(alerts::add);
        }
        return alerts;
    }

    /**
     * The alert one category's usage calls for: CAPACITY_NEAR_LIMIT at the configured share of a permitted
     * capacity, NO_PERMITTED_CAPACITY for tonnes received without one; empty otherwise.
     */
    public Optional<WasteAlert> capacityAlert(CapacityUsage usage) {
        if (!usage.alert()) {
            return Optional.empty();
        }
        if (usage.usedSharePercent() == null) {
            return Optional.of(new WasteAlert(AlertType.NO_PERMITTED_CAPACITY, usage.facilityId(),
                    usage.category() + ": received " + usage.receivedTonnes().toPlainString()
                            + " t in " + usage.year() + " without a permitted capacity"));
        }
        return Optional.of(new WasteAlert(AlertType.CAPACITY_NEAR_LIMIT, usage.facilityId(),
                usage.category() + ": " + usage.usedSharePercent().toPlainString() + " % of the permitted "
                        + usage.permittedTonnes().toPlainString() + " t used in " + usage.year()
                        + " (alert at " + policy.capacityAlertSharePercent().toPlainString() + " %)"));
    }
}
