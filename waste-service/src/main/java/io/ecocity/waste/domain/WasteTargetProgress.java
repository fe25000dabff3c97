package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress of yearly indicator targets on a given day.
 *
 * <p>Year status (reachability):
 * <ul>
 *   <li>NO_DATA: the year-to-date value is absent;</li>
 *   <li>ON_TRACK: the year-to-date value meets the target (so keeping the pace meets it too);</li>
 *   <li>AT_RISK: it does not, but the rate the rest of the year needs is feasible
 *       (within [{@code feasibleMinimum}, {@code feasibleMaximum}] of {@link TargetStatusPolicy});</li>
 *   <li>OFF_TRACK: the needed rate is not feasible, or nothing of the year remains.</li>
 * </ul>
 * When the formula is not a ratio, the year status falls back to the checkpoint rule.
 *
 * <p>Checkpoint status (pace): a period-to-date value that meets the yearly target is ON_TRACK; one short
 * of it by at most {@code atRiskMargin} is AT_RISK; otherwise OFF_TRACK; an absent value is NO_DATA.
 *
 * <p>Required rate: with year-to-date numerator N and denominator D, expected remaining denominator R,
 * formula factor k (100 for a percentage) and target t, the remaining period needs
 * {@code (t·(D + R) − k·N) ÷ R}, so that {@code k·(N + n) ÷ (D + R) = t}. Without a supplied R, R is
 * projected at the year-to-date daily pace: {@code D × remaining days ÷ covered days}, where the covered days
 * are those the figures hold ({@link QuantitySource#daysCovered}) and the remaining days the rest of the year:
 * on 15 May with January to April reported, D holds 120 days of tonnes and 245 days are still to be reported.
 */
public final class WasteTargetProgress {

    private static final int QUANTITY_SCALE = 6;

    private final IndicatorCalculator calculator;
    private final TargetStatusPolicy policy;

    public WasteTargetProgress(IndicatorCalculator calculator, TargetStatusPolicy policy) {
        this.calculator = Objects.requireNonNull(calculator);
        this.policy = Objects.requireNonNull(policy);
    }

    /** Progress with the remaining denominator projected from the year-to-date pace. */
    public TargetProgress progressOn(WasteTarget target, LocalDate day, QuantitySource source) {
        return progressOn(target, day, source, null);
    }

    /**
     * @param expectedRemainingDenominator tonnes the denominator is expected to grow by over the days of the year
     *                                     the figures do not cover yet; null to project it from the year-to-date pace
     */
    public TargetProgress progressOn(WasteTarget target, LocalDate day, QuantitySource source,
                                     BigDecimal expectedRemainingDenominator) {
        if (day.getYear() != target.year()) {
            throw new IllegalArgumentException(day + " is not in the target year " + target.year());
        }
        IndicatorDefinition indicator = calculator.catalogue().require(target.indicatorCode());
        LocalDate yearStart = LocalDate.of(target.year(), 1, 1);
        Map<String, BigDecimal> yearToDateSums = source.sumsBetween(yearStart, day);
        IndicatorValue yearToDate = calculator.compute(indicator.code(), yearToDateSums).value();

        RemainingRequirement remaining = remainingRequirement(target, indicator, day, source, yearToDateSums,
                expectedRemainingDenominator).orElse(null);

        TargetStatus status;
        String reason;
        if (!yearToDate.isPresent()) {
            status = TargetStatus.NO_DATA;
            reason = "no year-to-date value: " + yearToDate.explanation();
        } else if (target.direction().meets(yearToDate.value(), target.targetValue())) {
            status = TargetStatus.ON_TRACK;
            reason = "year-to-date " + yearToDate.value().toPlainString() + " meets the target " + target.targetValue().toPlainString();
        } else if (remaining != null && remaining.requiredRate() != null) {
            status = remaining.achievable() ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
            reason = "year-to-date " + yearToDate.value().toPlainString() + " misses the target "
                    + target.targetValue().toPlainString() + "; the rest of the year needs "
                    + remaining.requiredRate().toPlainString() + (remaining.achievable() ? ", which is feasible" : ", which is not feasible");
        } else if (remaining != null) {
            status = TargetStatus.OFF_TRACK;
            reason = "year-to-date " + yearToDate.value().toPlainString() + " misses the target "
                    + target.targetValue().toPlainString() + " and nothing of the year remains";
        } else {
            status = checkpointStatus(target, yearToDate);
            reason = "year-to-date " + yearToDate.value().toPlainString() + " against the target "
                    + target.targetValue().toPlainString() + " with a margin of " + policy.atRiskMargin().toPlainString();
        }
        return new TargetProgress(target, day, yearToDate, status, reason, remaining,
                checkpoints(target, indicator, day, source));
    }

    /** The pace rule for one period-to-date value; see the class comment. */
    public TargetStatus checkpointStatus(WasteTarget target, IndicatorValue value) {
        if (!value.isPresent()) {
            return TargetStatus.NO_DATA;
        }
        BigDecimal shortfall = target.direction().shortfall(value.value(), target.targetValue());
        if (shortfall.signum() <= 0) {
            return TargetStatus.ON_TRACK;
        }
        return shortfall.compareTo(policy.atRiskMargin()) <= 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
    }

    /**
     * The rate the remaining denominator must achieve; empty when nothing remains ({@code remaining ≤ 0}).
     * Rounded to {@code scale} with {@code rounding}.
     */
    public static Optional<BigDecimal> requiredRemainingRate(BigDecimal targetValue, BigDecimal factor,
                                                             BigDecimal yearToDateNumerator, BigDecimal yearToDateDenominator,
                                                             BigDecimal expectedRemainingDenominator,
                                                             int scale, RoundingMode rounding) {
        if (expectedRemainingDenominator.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(requiredTimesRemaining(targetValue, factor, yearToDateNumerator, yearToDateDenominator,
                expectedRemainingDenominator).divide(expectedRemainingDenominator, scale, rounding));
    }

    /** The exact numerator of the required rate, kept unrounded for the feasibility comparison. */
    private static BigDecimal requiredTimesRemaining(BigDecimal targetValue, BigDecimal factor, BigDecimal numerator,
                                                     BigDecimal denominator, BigDecimal remaining) {
        return targetValue.multiply(denominator.add(remaining)).subtract(factor.multiply(numerator));
    }

    private Optional<RemainingRequirement> remainingRequirement(WasteTarget target, IndicatorDefinition indicator, LocalDate day,
                                                                QuantitySource source, Map<String, BigDecimal> yearToDateSums,
                                                                BigDecimal expectedRemainingDenominator) {
        Optional<IndicatorFormula.Ratio> ratio = calculator.formula(indicator.code()).asRatio();
        if (ratio.isEmpty()) {
            return Optional.empty();
        }
        IndicatorValue numerator = ratio.get().numerator().evaluate(yearToDateSums, QUANTITY_SCALE, RoundingMode.HALF_UP);
        IndicatorValue denominator = ratio.get().denominator().evaluate(yearToDateSums, QUANTITY_SCALE, RoundingMode.HALF_UP);
        if (!numerator.isPresent() || !denominator.isPresent()) {
            return Optional.empty();
        }
        long covered = source.daysCovered(LocalDate.of(target.year(), 1, 1), day);
        if (covered <= 0) {
            return Optional.empty();
        }
        BigDecimal remaining = expectedRemainingDenominator != null
                ? expectedRemainingDenominator
                : projectRemaining(denominator.value(), covered, day.lengthOfYear());
        BigDecimal factor = ratio.get().factor();
        if (remaining.signum() <= 0) {
            return Optional.of(new RemainingRequirement(numerator.value(), denominator.value(), remaining, null, false));
        }
        BigDecimal exact = requiredTimesRemaining(target.targetValue(), factor, numerator.value(), denominator.value(), remaining);
        BigDecimal required = exact.divide(remaining, indicator.scale(), calculator.rounding());
        return Optional.of(new RemainingRequirement(numerator.value(), denominator.value(), remaining, required,
                isAchievable(target.direction(), exact, remaining)));
    }

    /** Compared as {@code exact ÷ remaining} against the bounds without dividing, so no rounding decides it. */
    private boolean isAchievable(IndicatorDirection direction, BigDecimal requiredTimesRemaining, BigDecimal remaining) {
        if (direction == IndicatorDirection.HIGHER_IS_BETTER) {
            return policy.feasibleMaximum() == null
                    || requiredTimesRemaining.compareTo(policy.feasibleMaximum().multiply(remaining)) <= 0;
        }
        return policy.feasibleMinimum() == null
                || requiredTimesRemaining.compareTo(policy.feasibleMinimum().multiply(remaining)) >= 0;
    }

    private static BigDecimal projectRemaining(BigDecimal yearToDateDenominator, long coveredDays, int daysInYear) {
        long remainingDays = Math.max(0, daysInYear - coveredDays);
        return yearToDateDenominator.multiply(BigDecimal.valueOf(remainingDays))
                .divide(BigDecimal.valueOf(coveredDays), QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    private List<Checkpoint> checkpoints(WasteTarget target, IndicatorDefinition indicator, LocalDate day, QuantitySource source) {
        LocalDate yearStart = LocalDate.of(target.year(), 1, 1);
        LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = day.withDayOfMonth(1);
        LocalDate quarterStart = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        List<Checkpoint> checkpoints = new ArrayList<>();
        checkpoints.add(checkpoint(CheckpointPeriod.WEEK, weekStart.isBefore(yearStart) ? yearStart : weekStart, day, target, indicator, source));
        checkpoints.add(checkpoint(CheckpointPeriod.MONTH, monthStart, day, target, indicator, source));
        checkpoints.add(checkpoint(CheckpointPeriod.QUARTER, quarterStart, day, target, indicator, source));
        checkpoints.add(checkpoint(CheckpointPeriod.YEAR, yearStart, day, target, indicator, source));
        return checkpoints;
    }

    private Checkpoint checkpoint(CheckpointPeriod period, LocalDate from, LocalDate to, WasteTarget target,
                                  IndicatorDefinition indicator, QuantitySource source) {
        IndicatorValue value = calculator.compute(indicator.code(), source.sumsBetween(from, to)).value();
        return new Checkpoint(period, from, to, value, checkpointStatus(target, value));
    }
}
