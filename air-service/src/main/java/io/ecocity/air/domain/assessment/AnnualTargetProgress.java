package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Progress of a year's air-quality targets as of any day of it: year-to-date value, projected year-end value
 * ({@link ProjectionMethod}), remaining allowance ({@link TargetIndicator}), status ({@link TargetStatus}) and the
 * week, month and quarter checkpoints ({@link Checkpoint}). Leap years count 366 days.
 */
public final class AnnualTargetProgress {

    private final AirPeriodAssessor assessor;
    private final TargetProgressOptions options;

    public AnnualTargetProgress(PeriodAssessmentOptions assessmentOptions, TargetProgressOptions options) {
        this.assessor = new AirPeriodAssessor(assessmentOptions);
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param thisYearDays days of asOf's year; days after asOf are ignored, so a past day can be replayed
     * @param lastYearDays days of the year before, for the seasonal projection; may be empty
     */
    public AnnualProgressReport evaluate(AnnualTargets targets, LocalDate asOf, Collection<DailyAirValues> thisYearDays,
                                         Collection<DailyAirValues> lastYearDays) {
        int year = asOf.getYear();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        int daysInYear = asOf.lengthOfYear();
        int elapsed = asOf.getDayOfYear();
        int remaining = daysInYear - elapsed;

        List<DailyAirValues> yearToDateDays = daysOfYearUpTo(thisYearDays, year, asOf);
        PeriodAssessment yearToDate = assessor.assess(firstDay, asOf, yearToDateDays);

        List<DailyAirValues> withCleanRest = new ArrayList<>(yearToDateDays);
        for (LocalDate day = asOf.plusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
            withCleanRest.add(cleanDay(day));
        }
        PeriodAssessment bestCase = assessor.assess(firstDay, lastDay, withCleanRest);

        Optional<PeriodAssessment> lastFullYear = Optional.empty();
        Optional<PeriodAssessment> lastSamePeriod = Optional.empty();
        if (!lastYearDays.isEmpty()) {
            LocalDate sameDayLastYear = asOf.minusYears(1);
            List<DailyAirValues> lastYear = daysOfYearUpTo(lastYearDays, year - 1, LocalDate.of(year - 1, 12, 31));
            lastFullYear = Optional.of(assessor.assess(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), lastYear));
            lastSamePeriod = Optional.of(assessor.assess(LocalDate.of(year - 1, 1, 1), sameDayLastYear,
                    lastYear.stream().filter(d -> !d.day().isAfter(sameDayLastYear)).toList()));
        }

        List<IndicatorProgress> progress = new ArrayList<>();
        for (Map.Entry<TargetIndicator, BigDecimal> target : targets.values().entrySet()) {
            progress.add(indicatorProgress(target.getKey(), target.getValue(), yearToDate, yearToDateDays, bestCase,
                    lastFullYear, lastSamePeriod, daysInYear, elapsed, remaining));
        }

        List<Checkpoint> checkpoints = new ArrayList<>();
        for (CheckpointPeriod period : CheckpointPeriod.values()) {
            checkpoints.add(checkpoint(period, targets, asOf, yearToDateDays, daysInYear));
        }
        return new AnnualProgressReport(year, asOf, daysInYear, elapsed, remaining, yearToDate, progress, checkpoints);
    }

    private IndicatorProgress indicatorProgress(TargetIndicator indicator, BigDecimal targetValue,
                                                PeriodAssessment yearToDate, List<DailyAirValues> yearToDateDays,
                                                PeriodAssessment bestCase,
                                                Optional<PeriodAssessment> lastFullYear,
                                                Optional<PeriodAssessment> lastSamePeriod,
                                                int daysInYear, int elapsed, int remaining) {
        ExactFraction target = ExactFraction.of(targetValue);
        Optional<ExactFraction> current = valueOf(indicator, yearToDate);
        Optional<ExactFraction> best = valueOf(indicator, bestCase);

        ProjectionMethod method;
        Optional<ExactFraction> projected;
        if (remaining == 0) {
            method = ProjectionMethod.YEAR_COMPLETE;
            projected = current;
        } else {
            Optional<ExactFraction> seasonal = seasonalProjection(indicator, current,
                    lastFullYear.flatMap(a -> valueOf(indicator, a)), lastSamePeriod.flatMap(a -> valueOf(indicator, a)));
            if (seasonal.isPresent()) {
                method = ProjectionMethod.SEASONAL_ADJUSTMENT_FROM_LAST_YEAR;
                projected = seasonal;
            } else if (indicator == TargetIndicator.HEAVILY_POLLUTED_DAYS) {
                method = ProjectionMethod.PRO_RATA;
                projected = current.map(c -> c.times(daysInYear).dividedBy(elapsed));
            } else {
                method = ProjectionMethod.YEAR_TO_DATE_AS_IS;
                projected = current;
            }
        }

        Optional<ExactFraction> allowance = remainingAllowance(indicator, target, yearToDateDays, remaining);

        TargetStatus status;
        if (current.isEmpty() || projected.isEmpty()) {
            status = TargetStatus.NOT_ASSESSABLE;
        } else if (best.isPresent() && !indicator.meets(best.get(), target)) {
            status = TargetStatus.OFF_TRACK;
        } else if (remaining == 0) {
            status = TargetStatus.ON_TRACK;
        } else {
            ExactFraction margin = ExactFraction.of(options.margins().get(indicator));
            status = indicator.spare(projected.get(), target).isLessThan(margin) ? TargetStatus.AT_RISK : TargetStatus.ON_TRACK;
        }
        return new IndicatorProgress(indicator, targetValue, current, projected, method, allowance, best, status);
    }

    private static Optional<ExactFraction> seasonalProjection(TargetIndicator indicator, Optional<ExactFraction> current,
                                                             Optional<ExactFraction> lastFull,
                                                             Optional<ExactFraction> lastSame) {
        if (current.isEmpty() || lastFull.isEmpty() || lastSame.isEmpty()) {
            return Optional.empty();
        }
        return switch (indicator) {
            case PM25_ANNUAL_MEAN, COMPOSITE_INDEX, O3_PERCENTILE -> lastSame.get().signum() == 0
                    ? Optional.empty()
                    : Optional.of(current.get().times(lastFull.get()).dividedBy(lastSame.get()));
            case GOOD_DAY_RATIO -> Optional.of(clampPercent(current.get().plus(lastFull.get()).minus(lastSame.get())));
            case HEAVILY_POLLUTED_DAYS -> Optional.of(current.get().plus(lastFull.get()).minus(lastSame.get()));
        };
    }

    private Optional<ExactFraction> remainingAllowance(TargetIndicator indicator, ExactFraction target,
                                                       List<DailyAirValues> days, int remaining) {
        YearToDateTally tally = YearToDateTally.of(days, assessor.options(), target);
        if (indicator == TargetIndicator.HEAVILY_POLLUTED_DAYS) {
            return Optional.of(target.minus(ExactFraction.of(tally.heavyDays)));
        }
        if (remaining == 0) {
            return Optional.empty();
        }
        return switch (indicator) {
            case PM25_ANNUAL_MEAN -> Optional.of(pm25Allowance(target, tally, remaining));
            case GOOD_DAY_RATIO -> Optional.of(ExactFraction.of(
                    tally.aqiDays + remaining - goodDaysNeeded(target, tally.aqiDays + remaining).longValueExact()
                            - (tally.aqiDays - tally.goodDays)));
            case O3_PERCENTILE -> {
                int n = tally.o3Days + remaining;
                BigDecimal rank = PercentileCalculator.rank(n, assessor.options().percentileRanks().get(Pollutant.O3));
                long daysAboveAllowedInYear = n - ExactFraction.of(rank).ceiling().longValueExact();
                yield Optional.of(ExactFraction.of(daysAboveAllowedInYear - tally.o3DaysAboveTarget));
            }
            case COMPOSITE_INDEX, HEAVILY_POLLUTED_DAYS -> Optional.empty();
        };
    }

    private static ExactFraction pm25Allowance(ExactFraction target, YearToDateTally tally, int remainingDays) {
        return target.times(tally.pm25Days + remainingDays).minus(tally.pm25Sum).dividedBy(remainingDays);
    }

    private static BigInteger goodDaysNeeded(ExactFraction targetPercent, int daysWithAqi) {
        return targetPercent.times(daysWithAqi).dividedBy(100).ceiling();
    }

    private Checkpoint checkpoint(CheckpointPeriod period, AnnualTargets targets, LocalDate asOf,
                                  List<DailyAirValues> yearToDateDays, int daysInYear) {
        LocalDate start = period.startOfPeriod(asOf);
        List<DailyAirValues> before = yearToDateDays.stream().filter(d -> d.day().isBefore(start)).toList();
        List<DailyAirValues> within = yearToDateDays.stream().filter(d -> !d.day().isBefore(start)).toList();
        PeriodAssessment periodToDate = assessor.assess(start, asOf, within);
        int daysFromStartToYearEnd = daysInYear - start.getDayOfYear() + 1;
        int periodDays = periodToDate.calendarDays();

        List<Checkpoint.IndicatorPace> paces = new ArrayList<>();
        for (Map.Entry<TargetIndicator, BigDecimal> entry : targets.values().entrySet()) {
            TargetIndicator indicator = entry.getKey();
            ExactFraction target = ExactFraction.of(entry.getValue());
            YearToDateTally tally = YearToDateTally.of(before, assessor.options(), target);
            ExactFraction pace = switch (indicator) {
                case PM25_ANNUAL_MEAN -> pm25Allowance(target, tally, daysFromStartToYearEnd);
                case GOOD_DAY_RATIO -> ExactFraction.of(goodDaysNeeded(target, tally.aqiDays + daysFromStartToYearEnd)
                                .subtract(BigInteger.valueOf(tally.goodDays)).longValueExact())
                        .dividedBy(daysFromStartToYearEnd).times(ExactFraction.ONE_HUNDRED);
                case HEAVILY_POLLUTED_DAYS -> target.minus(ExactFraction.of(tally.heavyDays))
                        .times(periodDays).dividedBy(daysFromStartToYearEnd);
                case COMPOSITE_INDEX, O3_PERCENTILE -> target;
            };
            Optional<ExactFraction> value = valueOf(indicator, periodToDate);
            Checkpoint.PaceStatus status = value.isEmpty() ? Checkpoint.PaceStatus.NO_DATA
                    : indicator.meets(value.get(), pace) ? Checkpoint.PaceStatus.ON_PACE : Checkpoint.PaceStatus.BEHIND_PACE;
            paces.add(new Checkpoint.IndicatorPace(indicator, value, pace, status));
        }
        return new Checkpoint(period, period.label(asOf), start, asOf, paces);
    }

    private static Optional<ExactFraction> valueOf(TargetIndicator indicator, PeriodAssessment assessment) {
        return switch (indicator) {
            case PM25_ANNUAL_MEAN -> assessment.pollutant(Pollutant.PM25).mean();
            case GOOD_DAY_RATIO -> assessment.aqiDays().goodDayRatioPercent();
            case COMPOSITE_INDEX -> assessment.compositeIndex().total();
            case O3_PERCENTILE -> assessment.pollutant(Pollutant.O3).percentile().map(ExactFraction::of);
            // no day with a valid AQI is no information, not zero heavy days: a period without data is not assessable
            case HEAVILY_POLLUTED_DAYS -> assessment.aqiDays().validAqiDays() == 0 ? Optional.empty()
                    : Optional.of(ExactFraction.of(assessment.aqiDays().heavilyPollutedDays()));
        };
    }

    private static List<DailyAirValues> daysOfYearUpTo(Collection<DailyAirValues> days, int year, LocalDate lastIncluded) {
        List<DailyAirValues> kept = new ArrayList<>();
        for (DailyAirValues day : days) {
            if (day.day().getYear() != year) {
                throw new IllegalArgumentException(day.day() + " is not in " + year);
            }
            if (!day.day().isAfter(lastIncluded)) {
                kept.add(day);
            }
        }
        return kept;
    }

    /** The best day the rest of the year could bring, for deciding whether a target is already lost. */
    private static DailyAirValues cleanDay(LocalDate day) {
        Map<Pollutant, BigDecimal> zeros = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            zeros.put(p, BigDecimal.ZERO);
        }
        return new DailyAirValues(day, zeros, 0, 1, Set.of());
    }

    private static ExactFraction clampPercent(ExactFraction percent) {
        if (percent.signum() < 0) {
            return ExactFraction.ZERO;
        }
        return percent.isGreaterThan(ExactFraction.ONE_HUNDRED) ? ExactFraction.ONE_HUNDRED : percent;
    }

    /** Running counts of the days so far that the allowances and paces are computed from. */
    private record YearToDateTally(int pm25Days, ExactFraction pm25Sum, int aqiDays, int goodDays, int heavyDays,
                                   int o3Days, int o3DaysAboveTarget) {

        /** {@code o3Threshold} is the O3 target; other indicators pass their own target and ignore the O3 count. */
        static YearToDateTally of(List<DailyAirValues> days, PeriodAssessmentOptions options, ExactFraction o3Threshold) {
            int pm25Days = 0;
            BigDecimal pm25Sum = BigDecimal.ZERO;
            int aqiDays = 0;
            int goodDays = 0;
            int heavyDays = 0;
            int o3Days = 0;
            int o3Above = 0;
            for (DailyAirValues day : days) {
                Optional<BigDecimal> pm25 = day.value(Pollutant.PM25);
                if (pm25.isPresent()) {
                    pm25Days++;
                    pm25Sum = pm25Sum.add(pm25.get());
                }
                Optional<BigDecimal> o3 = day.value(Pollutant.O3);
                if (o3.isPresent()) {
                    o3Days++;
                    if (ExactFraction.of(o3.get()).isGreaterThan(o3Threshold)) {
                        o3Above++;
                    }
                }
                if (day.hasValidAqi()) {
                    aqiDays++;
                    if (day.aqi() <= options.goodDayMaximumAqi()) {
                        goodDays++;
                    }
                    if (day.aqiLevel() >= options.heavyPollutionMinimumLevel()) {
                        heavyDays++;
                    }
                }
            }
            return new YearToDateTally(pm25Days, ExactFraction.of(pm25Sum), aqiDays, goodDays, heavyDays, o3Days, o3Above);
        }
    }
}
