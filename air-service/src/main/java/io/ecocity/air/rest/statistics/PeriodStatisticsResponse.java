package io.ecocity.air.rest.statistics;

import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.AqiDayStatistics;
import io.ecocity.air.domain.assessment.CompositeIndexOptions;
import io.ecocity.air.domain.assessment.CompositeIndexTerm;
import io.ecocity.air.domain.assessment.DataCompleteness;
import io.ecocity.air.domain.assessment.MonthCompleteness;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.domain.assessment.PollutantPeriodStatistics;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.service.statistics.ReportedFigures;
import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService.ScopeStatistics;
import io.ecocity.air.domain.assessment.ExactFraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "HJ 663 statistics of a period from the stored daily values, each figure with the same period of "
        + "the year before. Concentrations in µg/m³, CO in mg/m³; O3 is the daily maximum 8-hour value. Year on year "
        + "as city reports state it: improvementPercent = (lastYear − value)/lastYear × 100 for concentrations and the "
        + "composite index (positive is better); changePoints = value − lastYear for percentages. Figures are rounded "
        + "once for publication (concentrations to integers, CO 1 decimal, the index 2, percentages 1; round half even).")
public record PeriodStatisticsResponse(
        @Schema(enumeration = {"CITY", "TOWN", "STATION"}) String scope,
        String stationId,
        String stationName,
        String town,
        @Schema(description = "the period as asked: 2022, 2022-Q2, 2022-05, 2022-W18, ytd or from..to") String period,
        LocalDate from,
        LocalDate to,
        int calendarDays,
        @Schema(description = "first day of the same period a year before; a whole month, quarter or year compares "
                + "with the whole one (February 2025 with all 29 days of February 2024)") LocalDate lastYearFrom,
        LocalDate lastYearTo,
        @Schema(description = "false when any pollutant misses a GB 3095 minimum of valid days (a whole year "
                + "≥ 324, a whole month ≥ 27, February ≥ 25; configurable): the figures are still given and must be "
                + "shown as incomplete") boolean completenessMet,
        CompositeIndexFigures compositeIndex,
        List<PollutantFigures> pollutants,
        AqiDayFigures aqiDays) {

    public record CompositeIndexFigures(
            @Schema(description = "Σ weight × C/S; null when a pollutant of the index has no statistic") BigDecimal value,
            BigDecimal lastYear,
            BigDecimal improvementPercent,
            @Schema(description = "the pollutants with the largest sub-index (unweighted C/S)") List<String> largestSubIndex,
            @Schema(description = "pollutants of the index without a statistic in the period") List<String> missing,
            List<SubIndex> subIndexes) {
    }

    public record SubIndex(String pollutant,
                           @Schema(enumeration = {"PERIOD_MEAN", "DAILY_PERCENTILE"}) String statistic,
                           BigDecimal percentileRank, BigDecimal denominator, BigDecimal weight,
                           @Schema(description = "C/S, 3 decimals") BigDecimal subIndex) {
    }

    public record PollutantFigures(
            String pollutant,
            String unit,
            ConcentrationFigure mean,
            @Schema(description = "HJ 663 percentile rank: 98 for so2 and no2, 95 for pm10, pm25 and co (of daily "
                    + "means), 90 for o3 (of daily maximum 8-hour values); k = 1 + (n−1)·p/100, linear interpolation")
            BigDecimal percentileRank,
            ConcentrationFigure percentile,
            @Schema(description = "days above the GB 3095 Grade II 24-hour (O3: 8-hour) limit of the edition in force "
                    + "on the day") CountFigure daysOverLimit,
            Completeness completeness) {
    }

    public record ConcentrationFigure(BigDecimal value, BigDecimal lastYear, BigDecimal improvementPercent) {
        static ConcentrationFigure of(ReportedFigures.Improvement i) {
            return new ConcentrationFigure(i.value(), i.lastYear(), i.improvementPercent());
        }
    }

    public record PercentFigure(BigDecimal value, BigDecimal lastYear, BigDecimal changePoints) {
        static PercentFigure of(ReportedFigures.PointsChange c) {
            return new PercentFigure(c.valuePercent(), c.lastYearPercent(), c.changePoints());
        }
    }

    @Schema(description = "a day count; lastYear is null when the same period a year before has no valid data for it")
    public record CountFigure(int value, Integer lastYear, Integer change) {
        static CountFigure of(int value, boolean lastYearHasData, int lastYear) {
            return lastYearHasData ? new CountFigure(value, lastYear, value - lastYear) : new CountFigure(value, null, null);
        }
    }

    public record Completeness(
            int validDays,
            int calendarDays,
            @Schema(description = "the yearly minimum, when the period is a whole calendar year") Integer requiredDaysForYear,
            @Schema(enumeration = {"MEETS_MINIMUM", "BELOW_MINIMUM", "NO_MINIMUM_FOR_PERIOD"}) String status,
            List<MonthDays> months) {
        static Completeness of(DataCompleteness c) {
            return new Completeness(c.validDays(), c.calendarDays(), c.requiredDaysForYear(), c.status().name(),
                    c.months().stream().map(MonthDays::of).toList());
        }
    }

    public record MonthDays(String month, int validDays, int daysInPeriod,
                            @Schema(description = "null for a month the period covers only in part") Integer requiredDays,
                            String status) {
        static MonthDays of(MonthCompleteness m) {
            return new MonthDays(m.month().toString(), m.validDays(), m.daysInPeriod(), m.requiredDays(), m.status().name());
        }
    }

    public record AqiDayFigures(
            @Schema(description = "days with a valid daily AQI") CountFigure validAqiDays,
            int daysWithoutAqi,
            @Schema(description = "days with AQI ≤ 100 (configurable)") CountFigure goodDays,
            @Schema(description = "good days over days with a valid AQI × 100; days without an AQI are left out")
            PercentFigure goodDayRatio,
            @Schema(description = "days at AQI level 5 or 6 (configurable)") CountFigure heavilyPollutedDays,
            @Schema(description = "days per AQI level 1..6") List<LevelDays> daysByLevel,
            @Schema(description = "days each pollutant was primary; a day with two primary pollutants counts for both")
            List<PrimaryPollutantDays> primaryPollutantDays) {
    }

    public record LevelDays(int level, CountFigure days) {
    }

    public record PrimaryPollutantDays(String pollutant, CountFigure days) {
    }

    static PeriodStatisticsResponse of(ScopeStatistics s, StationEntity station, ReportedFigures figures,
                                       CompositeIndexOptions composite) {
        PeriodAssessment now = s.current();
        PeriodAssessment last = s.lastYear();
        List<PollutantFigures> pollutants = new ArrayList<>();
        for (Pollutant p : Pollutant.values()) {
            PollutantPeriodStatistics n = now.pollutant(p);
            PollutantPeriodStatistics l = last.pollutant(p);
            pollutants.add(new PollutantFigures(p.apiName(), p.unit(),
                    ConcentrationFigure.of(figures.concentration(p, n.mean(), l.mean())),
                    n.percentileRank(),
                    ConcentrationFigure.of(figures.concentration(p, n.percentile().map(ExactFraction::of),
                            l.percentile().map(ExactFraction::of))),
                    CountFigure.of(n.daysOverGrade2DailyLimit(), l.validDays() > 0, l.daysOverGrade2DailyLimit()),
                    Completeness.of(n.completeness())));
        }
        ReportedFigures.Improvement index = figures.compositeIndex(now.compositeIndex().total(), last.compositeIndex().total());
        List<SubIndex> subIndexes = new ArrayList<>();
        for (CompositeIndexTerm term : composite.terms().values()) {
            subIndexes.add(new SubIndex(term.pollutant().apiName(), term.statistic().name(), term.percentileRank(),
                    term.denominator(), term.weight(),
                    Optional.ofNullable(now.compositeIndex().subIndexes().get(term.pollutant()))
                            .map(figures.precision()::subIndex).orElse(null)));
        }
        CompositeIndexFigures compositeIndex = new CompositeIndexFigures(index.value(), index.lastYear(),
                index.improvementPercent(), names(now.compositeIndex().largestSubIndex()),
                names(now.compositeIndex().missing()), subIndexes);

        AqiDayStatistics a = now.aqiDays();
        AqiDayStatistics b = last.aqiDays();
        boolean lastHasAqi = b.validAqiDays() > 0;
        List<LevelDays> levels = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            levels.add(new LevelDays(level, CountFigure.of(a.daysByLevel().getOrDefault(level, 0), lastHasAqi,
                    b.daysByLevel().getOrDefault(level, 0))));
        }
        List<PrimaryPollutantDays> primary = new ArrayList<>();
        for (Pollutant p : Pollutant.values()) {
            primary.add(new PrimaryPollutantDays(p.apiName(), CountFigure.of(a.primaryPollutantDays().getOrDefault(p, 0),
                    lastHasAqi, b.primaryPollutantDays().getOrDefault(p, 0))));
        }
        AqiDayFigures aqiDays = new AqiDayFigures(CountFigure.of(a.validAqiDays(), lastHasAqi, b.validAqiDays()),
                a.daysWithoutAqi(), CountFigure.of(a.goodDays(), lastHasAqi, b.goodDays()),
                PercentFigure.of(figures.ratio(a.goodDayRatioPercent(), b.goodDayRatioPercent())),
                CountFigure.of(a.heavilyPollutedDays(), lastHasAqi, b.heavilyPollutedDays()), levels, primary);

        StatisticsScope scope = s.scope();
        return new PeriodStatisticsResponse(scope.kind().name(),
                scope.kind() == StatisticsScope.Kind.STATION ? scope.id() : null,
                station == null ? null : station.name,
                scope.kind() == StatisticsScope.Kind.TOWN ? scope.id() : station == null ? null : station.town,
                s.period().label(), s.period().from(), s.period().to(), now.calendarDays(), s.lastYearPeriod().from(),
                s.lastYearPeriod().to(), now.meetsDataMinimums(), compositeIndex, pollutants, aqiDays);
    }

    static List<String> names(java.util.Collection<Pollutant> pollutants) {
        return pollutants.stream().map(Pollutant::apiName).toList();
    }
}
