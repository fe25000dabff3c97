package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HJ 663 statistics of daily values over any period (week, month, quarter, year, year to date or a free
 * range): means, percentiles, the composite index, AQI day counts, exceedance days and data completeness.
 */
public final class AirPeriodAssessor {

    private final PeriodAssessmentOptions options;

    public AirPeriodAssessor(PeriodAssessmentOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PeriodAssessmentOptions options() {
        return options;
    }

    /**
     * Assesses the inclusive period [from, to]. Every day must lie inside it and appear once; calendar days
     * without a record count as days without valid data.
     */
    public PeriodAssessment assess(LocalDate from, LocalDate to, Collection<DailyAirValues> days) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (DailyAirValues day : days) {
            if (day.day().isBefore(from) || day.day().isAfter(to)) {
                throw new IllegalArgumentException(day.day() + " lies outside the period " + from + ".." + to);
            }
            if (!seen.add(day.day())) {
                throw new IllegalArgumentException(day.day() + " appears twice");
            }
        }
        int calendarDays = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);

        Map<Pollutant, PollutantPeriodStatistics> statistics = new EnumMap<>(Pollutant.class);
        for (Pollutant pollutant : Pollutant.values()) {
            statistics.put(pollutant, pollutantStatistics(pollutant, from, to, days));
        }
        return new PeriodAssessment(from, to, calendarDays, statistics, compositeIndex(days),
                aqiDays(calendarDays, days));
    }

    private PollutantPeriodStatistics pollutantStatistics(Pollutant pollutant, LocalDate from, LocalDate to,
                                                          Collection<DailyAirValues> days) {
        List<BigDecimal> values = new ArrayList<>();
        Set<LocalDate> validDays = new HashSet<>();
        int overLimit = 0;
        for (DailyAirValues day : days) {
            Optional<BigDecimal> value = day.value(pollutant);
            if (value.isEmpty()) {
                continue;
            }
            values.add(value.get());
            validDays.add(day.day());
            BigDecimal limit = options.limits().grade2Daily(options.limitEditionFor(day.day()), pollutant);
            // a value equal to the limit complies (达标 is "not above the limit")
            if (value.get().compareTo(limit) > 0) {
                overLimit++;
            }
        }
        BigDecimal rank = options.percentileRanks().get(pollutant);
        return new PollutantPeriodStatistics(pollutant, values.size(), mean(values), rank,
                PercentileCalculator.percentile(values, rank), overLimit,
                options.completeness().judge(pollutant, from, to, validDays));
    }

    private CompositeIndex compositeIndex(Collection<DailyAirValues> days) {
        CompositeIndexOptions composite = options.compositeIndex();
        Map<Pollutant, ExactFraction> inputs = new EnumMap<>(Pollutant.class);
        for (CompositeIndexTerm term : composite.terms().values()) {
            List<BigDecimal> values = days.stream()
                    .map(d -> d.value(term.pollutant()))
                    .flatMap(Optional::stream)
                    .toList();
            Optional<ExactFraction> statistic = switch (term.statistic()) {
                case PERIOD_MEAN -> mean(values);
                case DAILY_PERCENTILE -> PercentileCalculator.percentile(values, term.percentileRank())
                        .map(ExactFraction::of);
            };
            if (composite.fromReportedConcentrations()) {
                statistic = statistic.map(c -> ExactFraction.of(options.precision().concentration(term.pollutant(), c)));
            }
            statistic.ifPresent(c -> inputs.put(term.pollutant(), c));
        }
        return CompositeIndex.of(inputs, composite);
    }

    private AqiDayStatistics aqiDays(int calendarDays, Collection<DailyAirValues> days) {
        Map<Integer, Integer> byLevel = new HashMap<>();
        for (int level = 1; level <= 6; level++) {
            byLevel.put(level, 0);
        }
        Map<Pollutant, Integer> primary = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            primary.put(p, 0);
        }
        int valid = 0;
        int good = 0;
        int heavy = 0;
        for (DailyAirValues day : days) {
            if (!day.hasValidAqi()) {
                continue;
            }
            valid++;
            if (day.aqi() <= options.goodDayMaximumAqi()) {
                good++;
            }
            if (day.aqiLevel() >= options.heavyPollutionMinimumLevel()) {
                heavy++;
            }
            byLevel.merge(day.aqiLevel(), 1, Integer::sum);
            day.primaryPollutants().forEach(p -> primary.merge(p, 1, Integer::sum));
        }
        Optional<ExactFraction> ratio = valid == 0 ? Optional.empty()
                : Optional.of(ExactFraction.ratio(good, valid).times(ExactFraction.ONE_HUNDRED));
        return new AqiDayStatistics(calendarDays, valid, calendarDays - valid, good, ratio, byLevel, heavy, primary);
    }

    static Optional<ExactFraction> mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(ExactFraction.of(sum).dividedBy(values.size()));
    }
}
