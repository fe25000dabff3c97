package io.ecocity.air.service.statistics;

import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.AirPeriodAssessor;
import io.ecocity.air.domain.assessment.DailyAirValues;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.repository.statistics.DailyValueReadRepository;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.NotFoundProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HJ 663 statistics of the city, a town or a station over any period, with the same period a year before, and
 * the rankings of stations and towns. Everything is computed from the stored daily values ({@code air_daily_value}).
 */
@ApplicationScoped
public class StatisticsService {

    /** What a ranking orders by; lower is better for both. */
    public enum RankBy { COMPOSITE_INDEX, PM25 }

    /** A period's assessment and that of the same period a year before. */
    public record ScopeStatistics(StatisticsScope scope, ReportingPeriod period, ReportingPeriod lastYearPeriod,
                                  PeriodAssessment current, PeriodAssessment lastYear) {
    }

    /**
     * One place in a ranking. {@code rank} is null for a scope without the ranked value (no data); equal published
     * values share a rank (1, 2, 2, 4).
     */
    public record RankedScope(Integer rank, StatisticsScope scope, StationEntity station, PeriodAssessment assessment,
                              BigDecimal rankedValue) {
    }

    private final DailyValueReadRepository dailyValues;
    private final StationRepository stations;
    private final AirPeriodAssessor assessor;
    private final ReportedFigures figures;

    public StatisticsService(DailyValueReadRepository dailyValues, StationRepository stations, AssessmentRules rules) {
        this.dailyValues = dailyValues;
        this.stations = stations;
        this.assessor = new AirPeriodAssessor(rules.periodOptions());
        this.figures = new ReportedFigures(rules);
    }

    public ReportedFigures figures() {
        return figures;
    }

    public AirPeriodAssessor assessor() {
        return assessor;
    }

    @Transactional
    public ScopeStatistics statistics(StatisticsScope scope, ReportingPeriod period) {
        requireKnown(scope);
        ReportingPeriod lastYearPeriod = SamePeriodLastYear.of(period);
        return new ScopeStatistics(scope, period, lastYearPeriod, assess(scope, period), assess(scope, lastYearPeriod));
    }

    @Transactional
    public PeriodAssessment assess(StatisticsScope scope, ReportingPeriod period) {
        return assessor.assess(period.from(), period.to(), days(scope, period));
    }

    @Transactional
    public List<DailyAirValues> days(StatisticsScope scope, ReportingPeriod period) {
        return dailyValues.days(scope.storedScope(), scope.storedScopeId(), period.from(), period.to());
    }

    /**
     * Stations (optionally only the assessed ones, 评价点位) or towns with daily values in the period, best first.
     * Unranked scopes (no value) come last, by id.
     */
    @Transactional
    public List<RankedScope> ranking(StatisticsScope.Kind kind, ReportingPeriod period, RankBy by, boolean assessedOnly) {
        if (kind == StatisticsScope.Kind.CITY) {
            throw new IllegalArgumentException("the city is not ranked against itself");
        }
        Map<String, StationEntity> stationsById = new HashMap<>();
        if (kind == StatisticsScope.Kind.STATION) {
            stations.listAll().forEach(s -> stationsById.put(s.stationId, s));
        }
        List<RankedScope> unranked = new ArrayList<>();
        for (Map.Entry<String, List<DailyAirValues>> entry
                : dailyValues.daysByScopeId(kind.name(), period.from(), period.to()).entrySet()) {
            StationEntity station = stationsById.get(entry.getKey());
            if (kind == StatisticsScope.Kind.STATION && assessedOnly && (station == null || !station.assessed)) {
                continue;
            }
            PeriodAssessment assessment = assessor.assess(period.from(), period.to(), entry.getValue());
            unranked.add(new RankedScope(null, new StatisticsScope(kind, entry.getKey()), station, assessment,
                    rankedValue(assessment, by).orElse(null)));
        }
        unranked.sort(Comparator.comparing(RankedScope::rankedValue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.scope().id()));
        List<RankedScope> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedScope r = unranked.get(i);
            Integer rank = null;
            if (r.rankedValue() != null) {
                RankedScope previous = i == 0 ? null : ranked.get(i - 1);
                boolean tie = previous != null && previous.rankedValue() != null
                        && previous.rankedValue().compareTo(r.rankedValue()) == 0;
                rank = tie ? previous.rank() : i + 1;
            }
            ranked.add(new RankedScope(rank, r.scope(), r.station(), r.assessment(), r.rankedValue()));
        }
        return ranked;
    }

    /** Rankings compare the published figures: values equal at the reported precision are a tie, as in a report. */
    private Optional<BigDecimal> rankedValue(PeriodAssessment assessment, RankBy by) {
        return switch (by) {
            case COMPOSITE_INDEX -> assessment.compositeIndex().total().map(figures.precision()::compositeIndex);
            case PM25 -> assessment.pollutant(Pollutant.PM25).mean()
                    .map(m -> figures.precision().concentration(Pollutant.PM25, m));
        };
    }

    /** 404 for a station or town the service has never heard of; a known one without data has empty statistics. */
    public void requireKnown(StatisticsScope scope) {
        switch (scope.kind()) {
            case CITY -> {
            }
            case STATION -> {
                if (stations.findById(scope.id()) == null && !dailyValues.hasAny(scope.storedScope(), scope.id())) {
                    throw new NotFoundProblemException("no station " + scope.id());
                }
            }
            case TOWN -> {
                if (stations.count("town", scope.id()) == 0 && !dailyValues.hasAny(scope.storedScope(), scope.id())) {
                    throw new NotFoundProblemException("no town " + scope.id() + " (no station and no daily values)");
                }
            }
        }
    }
}
