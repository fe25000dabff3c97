package io.ecocity.gateway.service;

import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.rest.CityFigures.AqiReading;
import io.ecocity.gateway.rest.CityFigures.ManifestCounts;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.ScorecardItem;
import io.ecocity.gateway.rest.TownViews.TownAir;
import io.ecocity.gateway.rest.TownViews.TownRanking;
import io.ecocity.gateway.rest.TownViews.TownSummary;
import io.ecocity.gateway.rest.TownViews.TownView;
import io.ecocity.gateway.rest.TownViews.TownWaste;
import io.ecocity.gateway.rest.TownViews.TownWater;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The city view per town (镇街), and the ranking of towns. */
@ApplicationScoped
public class TownService {

    /** How each ranking reads its figure and which way is better. */
    private static final Map<String, Ranking> RANKINGS = Map.of(
            "compositeIndex", new Ranking(TownSummary::compositeIndex, true),
            "pm25", new Ranking(TownSummary::pm25, true),
            "goodDayRatio", new Ranking(TownSummary::goodDayRatio, false),
            "waterSectionsMeetingTarget", new Ranking(TownSummary::waterSectionsMeetingTargetPercent, false));

    private final KnownTowns knownTowns;
    private final ViewReader view;
    private final AlertService alerts;

    public TownService(KnownTowns knownTowns, ViewReader view, AlertService alerts) {
        this.knownTowns = knownTowns;
        this.view = view;
        this.alerts = alerts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TownRanking ranking(String rankBy) {
        String by = rankBy == null ? "compositeIndex" : rankBy;
        Ranking ranking = RANKINGS.get(by);
        if (ranking == null) {
            throw new InvalidInputException("rankBy", "rankBy '" + by + "' is not one of " + new TreeSet<>(RANKINGS.keySet()));
        }
        int year = BeijingTime.dayOf(Instant.now()).getYear();
        List<TownSummary> summaries = towns().stream().map(town -> summary(town, year)).toList();
        return new TownRanking(year, by, rank(summaries, ranking));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TownView town(String town) {
        if (!towns().contains(town)) {
            throw new NotFoundProblemException("no town '" + town + "' in the city view");
        }
        Instant now = Instant.now();
        LocalDate today = BeijingTime.dayOf(now);
        int year = today.getYear();
        String scopeKey = ViewKeys.town(town);
        List<SectionStatus> sections = view.sections(town);
        TownRanking ranking = ranking(null);
        Integer rank = ranking.towns().stream().filter(t -> t.town().equals(town)).findFirst()
                .map(TownSummary::rank).orElse(null);
        Set<String> sectionIds = new TreeSet<>(sections.stream().map(SectionStatus::sectionId).toList());
        List<ScorecardItem> targets = TargetProgressEntity.ofYear(year).stream()
                .filter(t -> ("TOWN".equals(t.scope) && town.equals(t.scopeId))
                        || ("SECTION".equals(t.scope) && sectionIds.contains(t.scopeId)))
                .map(view::scorecardItem).toList();
        return new TownView(town, BeijingTime.of(now), today, rank,
                new TownAir(view.latestHour(scopeKey), view.today(scopeKey, today), view.yearToDate(scopeKey, year),
                        view.stations(town)),
                new TownWater(sections, sections.size(), sections.stream().filter(ViewReader::meetsTarget).count()),
                new TownWaste(view.wasteHeadline(scopeKey, year), view.manifests(town)),
                alerts.active(town).total(), targets);
    }

    /** Every town any domain has told the gateway about: one small table, kept as the events arrive. */
    private Set<String> towns() {
        return new TreeSet<>(knownTowns.all());
    }

    private TownSummary summary(String town, int year) {
        String scopeKey = ViewKeys.town(town);
        AirStatisticsEntity statistics = AirStatisticsEntity.of(scopeKey, year).orElse(null);
        AqiReading latest = view.latestHour(scopeKey);
        List<SectionStatus> sections = view.sections(town);
        long meeting = sections.stream().filter(ViewReader::meetsTarget).count();
        BigDecimal meetingPercent = sections.isEmpty() ? null
                : BigDecimal.valueOf(meeting * 100).divide(BigDecimal.valueOf(sections.size()), 1, RoundingMode.HALF_EVEN);
        ManifestCounts manifests = view.manifests(town);
        return new TownSummary(null, town, statistics == null ? null : statistics.compositeIndex,
                statistics == null ? null : statistics.pm25Mean, statistics == null ? null : statistics.goodDayRatioPercent,
                latest == null ? null : latest.aqi(), sections.size(), meeting, meetingPercent, manifests.open(),
                manifests.overdue(), alerts.active(town).total().total());
    }

    private static List<TownSummary> rank(List<TownSummary> towns, Ranking ranking) {
        Comparator<BigDecimal> better = ranking.lowerIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<TownSummary> withFigure = new ArrayList<>(towns.stream().filter(t -> ranking.figure.apply(t) != null)
                .sorted(Comparator.comparing(ranking.figure, better).thenComparing(TownSummary::town)).toList());
        List<TownSummary> ranked = new ArrayList<>();
        for (int i = 0; i < withFigure.size(); i++) {
            TownSummary t = withFigure.get(i);
            int rank = i + 1;
            if (i > 0 && ranking.figure.apply(t).compareTo(ranking.figure.apply(withFigure.get(i - 1))) == 0) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(withRank(t, rank));
        }
        towns.stream().filter(t -> ranking.figure.apply(t) == null)
                .sorted(Comparator.comparing(TownSummary::town)).forEach(ranked::add);
        return ranked;
    }

    private static TownSummary withRank(TownSummary t, int rank) {
        return new TownSummary(rank, t.town(), t.compositeIndex(), t.pm25(), t.goodDayRatio(), t.latestAqi(),
                t.sections(), t.sectionsMeetingTarget(), t.waterSectionsMeetingTargetPercent(), t.openManifests(),
                t.overdueManifests(), t.activeAlerts());
    }

    private record Ranking(Function<TownSummary, BigDecimal> figure, boolean lowerIsBetter) {
    }
}
