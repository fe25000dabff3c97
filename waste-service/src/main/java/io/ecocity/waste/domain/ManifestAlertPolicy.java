package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thresholds of the manifest and facility alerts; all configurable because docs/standards/rules.md §5.2 marks the
 * deadlines unverified [U].
 *
 * @param receiptWorkingDays          receipt must be confirmed within this many working days after pickup (default 5)
 * @param calendar                    weekends, holidays and make-up working days
 * @param discrepancyTolerancePercent a received quantity off by more than this share of the shipped one is a
 *                                    discrepancy; exactly this much is not (default 5)
 * @param capacityAlertSharePercent   alert when a facility's received tonnes reach this share of its permitted
 *                                    annual capacity for a category (default 90, reached at exactly 90)
 */
public record ManifestAlertPolicy(
        int receiptWorkingDays,
        WorkingDayCalendar calendar,
        BigDecimal discrepancyTolerancePercent,
        BigDecimal capacityAlertSharePercent) {

    public ManifestAlertPolicy {
        if (receiptWorkingDays < 0) {
            throw new IllegalArgumentException("receiptWorkingDays must not be negative");
        }
        Objects.requireNonNull(calendar);
        if (discrepancyTolerancePercent.signum() < 0 || capacityAlertSharePercent.signum() <= 0) {
            throw new IllegalArgumentException("tolerance must be ≥ 0 and the capacity share > 0");
        }
    }

    public static ManifestAlertPolicy defaults() {
        return new ManifestAlertPolicy(5, WorkingDayCalendar.weekendsOnly(), new BigDecimal("5"), new BigDecimal("90"));
    }
}
