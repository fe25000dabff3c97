package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.repository.CityAirStationEntity;
import io.ecocity.gateway.repository.DomainFreshnessEntity;
import io.ecocity.gateway.rest.CityOverview;
import io.ecocity.gateway.rest.CityOverview.AirOverview;
import io.ecocity.gateway.rest.CityOverview.DomainOverview;
import io.ecocity.gateway.rest.CityOverview.Freshness;
import io.ecocity.gateway.rest.CityOverview.StationSummary;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Answers the city questions from the gateway's own view, never by calling a service. */
@ApplicationScoped
public class CityOverviewService {

    private final GatewayConfig config;

    public CityOverviewService(GatewayConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CityOverview overview() {
        Instant now = Instant.now();
        List<StationSummary> stations = CityAirStationEntity.<CityAirStationEntity>listAll(Sort.by("stationId"))
                .stream()
                .map(s -> new StationSummary(s.stationId, s.name, s.town, s.kind, s.assessed, s.latitude, s.longitude))
                .toList();
        long assessed = stations.stream().filter(StationSummary::assessed).count();
        return new CityOverview(
                BeijingTime.of(now),
                BeijingTime.dayOf(now),
                new AirOverview(stations.size(), assessed, stations, freshness("air", config.cadence().air(), now)),
                new DomainOverview(freshness("water", config.cadence().water(), now)),
                new DomainOverview(freshness("waste", config.cadence().waste(), now)));
    }

    private static Freshness freshness(String domain, Duration cadence, Instant now) {
        DomainFreshnessEntity entry = DomainFreshnessEntity.findById(domain);
        if (entry == null) {
            return new Freshness(null, null, cadence, true);
        }
        boolean stale = entry.lastEventAt.plus(cadence).isBefore(now);
        return new Freshness(BeijingTime.of(entry.lastEventAt), entry.lastEventType, cadence, stale);
    }
}
