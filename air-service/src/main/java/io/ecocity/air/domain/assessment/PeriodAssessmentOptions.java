package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a period assessment depends on that a standard leaves open or may change.
 *
 * @param percentileRanks       the percentile reported per pollutant (HJ 663 [S]: SO2, NO2 98; PM10, PM2.5, CO 95; O3 90)
 * @param compositeIndex        weights, denominators and statistic per pollutant [U]
 * @param limits                the GB 3095 limit table
 * @param fixedLimitEdition     the edition whose Grade II daily limits count exceedance days; null = the edition
 *                              in force on each day (2012 before 2026-03-01) — a project decision
 * @param completeness          GB 3095 minimum valid days
 * @param goodDayMaximumAqi     a day is good (优良) when its AQI is at most this (100, docs/standards/rules.md §3.5 [S/U])
 * @param heavyPollutionMinimumLevel a day is heavily polluted (重污染) from this AQI level on (5: 重度 and 严重)
 * @param precision             reporting precision [U]
 */
public record PeriodAssessmentOptions(Map<Pollutant, BigDecimal> percentileRanks,
                                      CompositeIndexOptions compositeIndex,
                                      Gb3095Limits limits,
                                      Gb3095Edition fixedLimitEdition,
                                      CompletenessRules completeness,
                                      int goodDayMaximumAqi,
                                      int heavyPollutionMinimumLevel,
                                      ReportingPrecision precision) {

    public PeriodAssessmentOptions {
        EnumMap<Pollutant, BigDecimal> ranks = new EnumMap<>(percentileRanks);
        for (Pollutant p : Pollutant.values()) {
            if (!ranks.containsKey(p)) {
                throw new IllegalArgumentException("no percentile rank for " + p);
            }
        }
        percentileRanks = Collections.unmodifiableMap(ranks);
        Objects.requireNonNull(compositeIndex, "compositeIndex");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(precision, "precision");
        if (heavyPollutionMinimumLevel < 1 || heavyPollutionMinimumLevel > 6) {
            throw new IllegalArgumentException("heavy pollution level must be 1..6");
        }
    }

    public static PeriodAssessmentOptions defaults() {
        Map<Pollutant, BigDecimal> ranks = new EnumMap<>(Pollutant.class);
        ranks.put(Pollutant.SO2, BigDecimal.valueOf(98));
        ranks.put(Pollutant.NO2, BigDecimal.valueOf(98));
        ranks.put(Pollutant.PM10, BigDecimal.valueOf(95));
        ranks.put(Pollutant.PM25, BigDecimal.valueOf(95));
        ranks.put(Pollutant.CO, BigDecimal.valueOf(95));
        ranks.put(Pollutant.O3, BigDecimal.valueOf(90));
        return new PeriodAssessmentOptions(ranks, CompositeIndexOptions.unweightedGb3095Grade2(),
                Gb3095Limits.fromStandardTable(), null, CompletenessRules.gb3095(), 100, 5,
                ReportingPrecision.defaults());
    }

    public PeriodAssessmentOptions withCompositeIndex(CompositeIndexOptions options) {
        return new PeriodAssessmentOptions(percentileRanks, options, limits, fixedLimitEdition, completeness,
                goodDayMaximumAqi, heavyPollutionMinimumLevel, precision);
    }

    public PeriodAssessmentOptions withFixedLimitEdition(Gb3095Edition edition) {
        return new PeriodAssessmentOptions(percentileRanks, compositeIndex, limits, edition, completeness,
                goodDayMaximumAqi, heavyPollutionMinimumLevel, precision);
    }

    public PeriodAssessmentOptions withCompleteness(CompletenessRules rules) {
        return new PeriodAssessmentOptions(percentileRanks, compositeIndex, limits, fixedLimitEdition, rules,
                goodDayMaximumAqi, heavyPollutionMinimumLevel, precision);
    }

    public PeriodAssessmentOptions withPrecision(ReportingPrecision newPrecision) {
        return new PeriodAssessmentOptions(percentileRanks, compositeIndex, limits, fixedLimitEdition, completeness,
                goodDayMaximumAqi, heavyPollutionMinimumLevel, newPrecision);
    }

    Gb3095Edition limitEditionFor(java.time.LocalDate day) {
        return fixedLimitEdition != null ? fixedLimitEdition : Gb3095Edition.inForceOn(day);
    }
}
