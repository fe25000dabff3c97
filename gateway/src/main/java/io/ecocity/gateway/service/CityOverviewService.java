package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WaterCityAssessmentEntity;
import io.ecocity.gateway.rest.AlertView.ActiveAlerts;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.CityFigures.StationSummary;
import io.ecocity.gateway.rest.CityFigures.TargetedFigure;
import io.ecocity.gateway.rest.CityOverview;
import io.ecocity.gateway.rest.CityOverview.AirOverview;
import io.ecocity.gateway.rest.CityOverview.WasteOverview;
import io.ecocity.gateway.rest.CityOverview.WaterOverview;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.gateway.service.ViewVersion.Part;
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
 * assembled again at most once per {@code ecocity.gateway.overview.max-age}, never once per commit. It is made of
 * pieces that change apart ({@link ViewVersion.Part}): the air figures, the water figures, the waste figures and the
 * alert counts; a change assembles again only the pieces whose part changed.
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
        Instant now = Instant.now();
        if (current != null && current.answers(version, now, config.overview().maxAge())) {
            return current.overview;
        }
        synchronized (assembling) {
            // another reader may have assembled it while this one waited
            current = last;
            now = Instant.now();
            if (current != null && current.answers(version, now, config.overview().maxAge())) {
                return current.overview;
            }
            Assembled assembled = assemble(current, now);
            last = assembled;
            return assembled.overview;
        }
    }

    /** Forgets the assembled overview, so that the next reader assembles one (for measuring what assembling costs). */
    public void forget() {
        last = null;
    }

    /** A part of the overview as assembled at a version of its part of the view. */
    private record Piece<T>(long version, Instant at, T value) {
        /** Still the answer: its part has not changed since, or it has but this one is younger than the max age. */
        boolean answers(long currentVersion, Instant now, Duration maxAge) {
            return version == currentVersion || now.isBefore(at.plus(maxAge));
        }
    }

    /** The overview and the pieces it was made of: each domain's figures and the alert counts. */
    private record Assembled(LocalDate day, Piece<AirOverview> air, Piece<WaterOverview> water,
            Piece<WasteOverview> waste, Piece<ActiveAlertCounts> alerts, CityOverview overview) {

        boolean answers(ViewVersion version, Instant now, Duration maxAge) {
            return BeijingTime.dayOf(now).equals(day)
                    && air.answers(version.current(Part.AIR), now, maxAge)
                    && water.answers(version.current(Part.WATER), now, maxAge)
                    && waste.answers(version.current(Part.WASTE), now, maxAge)
                    && alerts.answers(version.current(Part.ALERTS), now, maxAge);
        }
    }

    /**
     * Assembles anew the pieces whose part of the view changed (all of them on a new day, or the first time) and
     * keeps the others: an air event reads the air figures again, not the water sections or the waste indicators.
     * Each piece's version is taken before it is read.
     */
    private Assembled assemble(Assembled before, Instant now) {
        LocalDate today = BeijingTime.dayOf(now);
        Duration maxAge = config.overview().maxAge();
        boolean sameDay = before != null && before.day.equals(today);
        long alertsVersion = version.current(Part.ALERTS);
        Piece<ActiveAlertCounts> alertCounts = sameDay && before.alerts.answers(alertsVersion, now, maxAge)
                ? before.alerts : new Piece<>(alertsVersion, now, alerts.active(null));
        boolean alertsChanged = before == null || alertCounts != before.alerts;
        ActiveAlertCounts active = alertCounts.value();

        long airVersion = version.current(Part.AIR);
        Piece<AirOverview> air = sameDay && before.air.answers(airVersion, now, maxAge) ? before.air
                : new Piece<>(airVersion, now, assembleAir(today, now));
        long waterVersion = version.current(Part.WATER);
        Piece<WaterOverview> water = sameDay && before.water.answers(waterVersion, now, maxAge) ? before.water
                : new Piece<>(waterVersion, now, assembleWater(today, now));
        long wasteVersion = version.current(Part.WASTE);
        Piece<WasteOverview> waste = sameDay && before.waste.answers(wasteVersion, now, maxAge) ? before.waste
                : new Piece<>(wasteVersion, now, assembleWaste(today, now));

        // a piece kept, with the same alert counts, is shown as it was
        AirOverview airShown = !alertsChanged && air == before.air ? before.overview.air()
                : withAlerts(air.value(), active.of("air"));
        WaterOverview waterShown = !alertsChanged && water == before.water ? before.overview.water()
                : withAlerts(water.value(), active.of("water"));
        WasteOverview wasteShown = !alertsChanged && waste == before.waste ? before.overview.waste()
                : withAlerts(waste.value(), active.of("waste"));
        CityOverview overview = new CityOverview(BeijingTime.of(now), today, airShown, waterShown, wasteShown,
                active.total());
        return new Assembled(today, air, water, waste, alertCounts, overview);
    }

    private AirOverview assembleAir(LocalDate today, Instant now) {
        List<StationSummary> stations = view.stations(null);
        return new AirOverview(view.latestHour(ViewKeys.CITY), view.today(ViewKeys.CITY, today),
                view.yearToDate(ViewKeys.CITY, today.getYear()), stations.size(),
                stations.stream().filter(StationSummary::assessed).count(), stations, null, freshness.of("air", now));
    }

    private WaterOverview assembleWater(LocalDate today, Instant now) {
        int year = today.getYear();
        List<SectionStatus> sections = view.sections(null);
        Optional<WaterCityAssessmentEntity> ytd = WaterCityAssessmentEntity.yearToDate(year);
        Optional<TargetProgressEntity> goodShareTarget = TargetProgressEntity.firstOf("water", year, "CITY", null,
                config.targets().waterGoodShare());
        TargetedFigure goodShare = view.figure(ytd.map(w -> w.goodSharePercent).orElse(null), "%",
                ytd.map(w -> w.goodSharePercentLastYear).orElse(null),
                ytd.filter(w -> w.goodSharePercent != null && w.goodSharePercentLastYear != null)
                        .map(w -> w.goodSharePercent.subtract(w.goodSharePercentLastYear)).orElse(null),
                goodShareTarget);
        return new WaterOverview(sections, sections.size(), sections.stream().filter(ViewReader::meetsTarget).count(),
                goodShare, ytd.map(w -> w.periodFrom).orElse(null), ytd.map(w -> w.periodTo).orElse(null), null,
                freshness.of("water", now));
    }

    private WasteOverview assembleWaste(LocalDate today, Instant now) {
        return new WasteOverview(view.wasteHeadline(ViewKeys.CITY, today.getYear()), view.manifests(null), null,
                freshness.of("waste", now));
    }

    private static AirOverview withAlerts(AirOverview air, ActiveAlerts active) {
        return new AirOverview(air.latestHour(), air.today(), air.yearToDate(), air.stationCount(),
                air.assessedStationCount(), air.stations(), active, air.freshness());
    }

    private static WaterOverview withAlerts(WaterOverview water, ActiveAlerts active) {
        return new WaterOverview(water.sections(), water.sectionCount(), water.sectionsMeetingTarget(),
                water.goodShare(), water.goodShareFrom(), water.goodShareTo(), active, water.freshness());
    }

    private static WasteOverview withAlerts(WasteOverview waste, ActiveAlerts active) {
        return new WasteOverview(waste.indicators(), waste.manifests(), active, waste.freshness());
    }
}
