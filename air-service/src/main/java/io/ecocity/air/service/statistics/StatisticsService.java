package io.ecocity.air.service.statistics;

import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.AirPeriodAssessor;
import io.ecocity.air.domain.assessment.DailyAirValues;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.repository.statistics.DailyValueReadRepository;
import io.ecocity.air.repository.statistics.RankingFiguresEntity;
import io.ecocity.air.repository.statistics.RankingFiguresRepository;
import io.ecocity.air.domain.assessment.ReportingPrecision;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
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
    public record RankedScope(Integer rank, StatisticsScope scope, StationEntity station, RankingFigures figures,
                              BigDecimal rankedValue) {
    }

    /** The published figures a ranking shows of one scope and period. */
    public record RankingFigures(BigDecimal compositeIndex, List<String> largestSubIndex, BigDecimal pm25Mean,
                                 BigDecimal goodDayRatio, int validAqiDays, boolean completenessMet) {

        /** Rankings compare the published figures: values equal at the reported precision are a tie. */
        BigDecimal ranked(RankBy by) {
            return by == RankBy.COMPOSITE_INDEX ? compositeIndex : pm25Mean;
        }
    }

    private final DailyValueReadRepository dailyValues;
    private final StationRepository stations;
    private final AirPeriodAssessor assessor;
    private final ReportedFigures figures;
    private final RankingFiguresRepository rankingFigures;

    public StatisticsService(DailyValueReadRepository dailyValues, StationRepository stations, AssessmentRules rules,
                             RankingFiguresRepository rankingFigures) {
        this.dailyValues = dailyValues;
        this.rankingFigures = rankingFigures;
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
     * Unranked scopes (no value) come last, by id. A calendar year reads the figures the statistics published for
     * it and assesses in memory only the scopes whose daily values changed since (or were never published); any
     * other period assesses every scope's days.
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
        java.util.function.Predicate<String> ranked = id -> kind != StatisticsScope.Kind.STATION || !assessedOnly
                || (stationsById.get(id) != null && stationsById.get(id).assessed);
        Map<String, RankingFigures> byScopeId = calendarYear(period)
                ? publishedOrAssessed(kind, period, ranked) : assessed(kind, period, ranked, null);
        List<RankedScope> unranked = new ArrayList<>();
        byScopeId.forEach((id, figures) -> unranked.add(new RankedScope(null, new StatisticsScope(kind, id),
                stationsById.get(id), figures, figures.ranked(by))));
        unranked.sort(Comparator.comparing(RankedScope::rankedValue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.scope().id()));
        List<RankedScope> ranking = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedScope r = unranked.get(i);
            Integer rank = null;
            if (r.rankedValue() != null) {
                RankedScope previous = i == 0 ? null : ranking.get(i - 1);
                boolean tie = previous != null && previous.rankedValue() != null
                        && previous.rankedValue().compareTo(r.rankedValue()) == 0;
                rank = tie ? previous.rank() : i + 1;
            }
            ranking.add(new RankedScope(rank, r.scope(), r.station(), r.figures(), r.rankedValue()));
        }
        return ranking;
    }

    private static boolean calendarYear(ReportingPeriod period) {
        return period.from().getMonthValue() == 1 && period.from().getDayOfMonth() == 1
                && period.to().equals(period.from().withMonth(12).withDayOfMonth(31));
    }

    private Map<String, RankingFigures> publishedOrAssessed(StatisticsScope.Kind kind, ReportingPeriod period,
                                                           java.util.function.Predicate<String> ranked) {
        Map<String, RankingFiguresRepository.SourceStamp> sources =
                rankingFigures.sources(kind.name(), period.from(), period.to());
        Map<String, RankingFiguresEntity> published = rankingFigures.ofYear(kind.name(), period.from().getYear());
        Map<String, RankingFigures> byScopeId = new HashMap<>();
        Set<String> stale = new HashSet<>();
        sources.forEach((id, stamp) -> {
            if (!ranked.test(id)) {
                return;
            }
            RankingFiguresEntity figures = published.get(id);
            if (stamp.matches(figures)) {
                byScopeId.put(id, figuresOf(figures));
            } else {
                stale.add(id);
            }
        });
        if (!stale.isEmpty()) {
            byScopeId.putAll(assessed(kind, period, ranked, stale));
        }
        return byScopeId;
    }

    /** The figures of every ranked scope with days in the period (of {@code only}, when given), assessed now. */
    private Map<String, RankingFigures> assessed(StatisticsScope.Kind kind, ReportingPeriod period,
                                                 java.util.function.Predicate<String> ranked, Set<String> only) {
        Map<String, RankingFigures> byScopeId = new HashMap<>();
        if (only != null && only.size() <= 8) {
            for (String id : only) {
                byScopeId.put(id, rankingFigures(assessor.assess(period.from(), period.to(),
                        dailyValues.days(kind.name(), id, period.from(), period.to()))));
            }
            return byScopeId;
        }
        for (Map.Entry<String, List<DailyAirValues>> entry
                : dailyValues.daysByScopeId(kind.name(), period.from(), period.to()).entrySet()) {
            if (ranked.test(entry.getKey()) && (only == null || only.contains(entry.getKey()))) {
                byScopeId.put(entry.getKey(), rankingFigures(assessor.assess(period.from(), period.to(),
                        entry.getValue())));
            }
        }
        return byScopeId;
    }

    /**
     * Publishes the ranking figures of a station's or town's calendar year, unless the published ones were computed
     * from the same daily values; removes them when the year has no daily value left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishRankingFigures(StatisticsScope scope, int year) {
        if (scope.kind() == StatisticsScope.Kind.CITY) {
            return false;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String stored = scope.kind().name();
        RankingFiguresRepository.SourceStamp stamp = rankingFigures.source(stored, scope.id(), from, to);
        if (stamp == null) {
            rankingFigures.delete(stored, scope.id(), year);
            return false;
        }
        Map<String, RankingFiguresEntity> published = rankingFigures.ofYear(stored, year);
        if (stamp.matches(published.get(scope.id()))) {
            return false;
        }
        RankingFigures figures = rankingFigures(assessor.assess(from, to,
                dailyValues.days(stored, scope.id(), from, to)));
        RankingFiguresEntity entity = new RankingFiguresEntity();
        entity.key = RankingFiguresEntity.key(stored, scope.id(), year);
        entity.scope = stored;
        entity.scopeId = scope.id();
        entity.year = year;
        entity.compositeIndex = figures.compositeIndex();
        entity.largestSubIndex = String.join(",", figures.largestSubIndex());
        entity.pm25Mean = figures.pm25Mean();
        entity.goodDayRatio = figures.goodDayRatio();
        entity.validAqiDays = figures.validAqiDays();
        entity.completenessMet = figures.completenessMet();
        entity.sourceDays = (int) stamp.days();
        entity.sourceUpdatedAt = stamp.updatedAt();
        rankingFigures.save(entity);
        return true;
    }

    /** The figures a ranking shows, at their reported precision. */
    public RankingFigures rankingFigures(PeriodAssessment a) {
        ReportingPrecision precision = figures.precision();
        return new RankingFigures(
                a.compositeIndex().total().map(precision::compositeIndex).orElse(null),
                a.compositeIndex().largestSubIndex().stream().map(Pollutant::apiName).toList(),
                a.pollutant(Pollutant.PM25).mean().map(m -> precision.concentration(Pollutant.PM25, m)).orElse(null),
                a.aqiDays().goodDayRatioPercent().map(precision::percent).orElse(null),
                a.aqiDays().validAqiDays(), a.meetsDataMinimums());
    }

    /** Stored figures back at their reported precision (the columns' fixed scale pads them). */
    private RankingFigures figuresOf(RankingFiguresEntity f) {
        ReportingPrecision precision = figures.precision();
        return new RankingFigures(
                f.compositeIndex == null ? null : f.compositeIndex.setScale(precision.compositeIndexScale(),
                        RoundingMode.HALF_EVEN),
                f.largestSubIndex == null || f.largestSubIndex.isEmpty() ? List.of()
                        : List.of(f.largestSubIndex.split(",")),
                f.pm25Mean == null ? null : f.pm25Mean.setScale(precision.concentrationScale().get(Pollutant.PM25),
                        RoundingMode.HALF_EVEN),
                f.goodDayRatio == null ? null : f.goodDayRatio.setScale(precision.percentScale(),
                        RoundingMode.HALF_EVEN),
                f.validAqiDays, f.completenessMet);
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
