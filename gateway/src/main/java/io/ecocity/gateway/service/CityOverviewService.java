package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WaterCityAssessmentEntity;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.CityFigures.StationSummary;
import io.ecocity.gateway.rest.CityFigures.TargetedFigure;
import io.ecocity.gateway.rest.CityOverview;
import io.ecocity.gateway.rest.CityOverview.AirOverview;
import io.ecocity.gateway.rest.CityOverview.WasteOverview;
import io.ecocity.gateway.rest.CityOverview.WaterOverview;
import io.ecocity.support.api.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers the city questions from the gateway's own view, never by calling a service.
 *
 * <p>The overview is what a wall screen, every town office's dashboard and the provincial platform poll: the same one
 * is answered to every reader until the view changes (see {@link ViewVersion}), instead of a few dozen queries per
 * request. A change only marks it out of date: under sustained ingest (a commit every few milliseconds) it is
 * assembled again at most once per {@code ecocity.gateway.overview.max-age}, never once per commit.
 */
@ApplicationScoped
public class CityOverviewService {

    private final GatewayConfig config;
    private final ViewReader view;
    private final FreshnessTracker freshness;
    private final AlertService alerts;
    private final ViewVersion version;
    private final Object assembling = new Object();
    private volatile Assembled last;

    public CityOverviewService(GatewayConfig config, ViewReader view, FreshnessTracker freshness, AlertService alerts,
            ViewVersion version) {
        this.config = config;
        this.view = view;
        this.freshness = freshness;
        this.alerts = alerts;
        this.version = version;
    }

    /**
     * The overview as of now: the last one assembled while the view has not changed since, else a new one; each
     * domain's freshness (stale, the service's reachability and circuit) is judged anew for every answer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CityOverview overview() {
        CityOverview overview = assembled();
        Instant now = Instant.now();
        return overview.withFreshness(freshness.live("air", overview.air().freshness(), now),
                freshness.live("water", overview.water().freshness(), now),
                freshness.live("waste", overview.waste().freshness(), now));
    }

    private CityOverview assembled() {
        Assembled current = last;
        if (current != null && current.answers(version.current(), Instant.now(), config.overview().maxAge())) {
            return current.overview;
        }
        synchronized (assembling) {
            // another reader may have assembled it while this one waited
            current = last;
            Instant now = Instant.now();
            long seen = version.current();
            if (current != null && current.answers(seen, now, config.overview().maxAge())) {
                return current.overview;
            }
            CityOverview overview = assemble(now);
            last = new Assembled(seen, now, overview);
            return overview;
        }
    }

    /** Forgets the assembled overview, so that the next reader assembles one (for measuring what assembling costs). */
    public void forget() {
        last = null;
    }

    private record Assembled(long version, Instant at, CityOverview overview) {
        /** Still the answer: the view has not changed since, or it has but this one is younger than the max age. */
        boolean answers(long currentVersion, Instant now, Duration maxAge) {
            return (version == currentVersion || now.isBefore(at.plus(maxAge)))
                    && BeijingTime.dayOf(now).equals(overview.date());
        }
    }

    private CityOverview assemble(Instant now) {
        LocalDate today = BeijingTime.dayOf(now);
        int year = today.getYear();
        ActiveAlertCounts active = alerts.active(null);
        List<StationSummary> stations = view.stations(null);
        AirOverview air = new AirOverview(view.latestHour(ViewKeys.CITY), view.today(ViewKeys.CITY, today),
                view.yearToDate(ViewKeys.CITY, year), stations.size(),
                stations.stream().filter(StationSummary::assessed).count(), stations,
                active.of("air"), freshness.of("air", now));

        List<SectionStatus> sections = view.sections(null);
        Optional<WaterCityAssessmentEntity> ytd = WaterCityAssessmentEntity.yearToDate(year);
        Optional<TargetProgressEntity> goodShareTarget = TargetProgressEntity.firstOf("water", year, "CITY", null,
                config.targets().waterGoodShare());
        TargetedFigure goodShare = view.figure(ytd.map(w -> w.goodSharePercent).orElse(null), "%",
                ytd.map(w -> w.goodSharePercentLastYear).orElse(null),
                ytd.filter(w -> w.goodSharePercent != null && w.goodSharePercentLastYear != null)
                        .map(w -> w.goodSharePercent.subtract(w.goodSharePercentLastYear)).orElse(null),
                goodShareTarget);
        WaterOverview water = new WaterOverview(sections, sections.size(),
                sections.stream().filter(ViewReader::meetsTarget).count(), goodShare,
                ytd.map(w -> w.periodFrom).orElse(null), ytd.map(w -> w.periodTo).orElse(null),
                active.of("water"), freshness.of("water", now));

        WasteOverview waste = new WasteOverview(view.wasteHeadline(ViewKeys.CITY, year), view.manifests(null),
                active.of("waste"), freshness.of("waste", now));

        return new CityOverview(BeijingTime.of(now), today, air, water, waste, active.total());
    }
}
