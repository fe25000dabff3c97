package io.ecocity.gateway.rest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The combined city view for Beijing today, built from the domains' events.")
public record CityOverview(OffsetDateTime generatedAt, LocalDate date, AirOverview air, DomainOverview water,
        DomainOverview waste) {

    public record AirOverview(long stationCount, long assessedStationCount, List<StationSummary> stations,
            Freshness freshness) {
    }

    public record DomainOverview(Freshness freshness) {
    }

    public record StationSummary(String stationId, String name, String town, String kind, boolean assessed,
            BigDecimal latitude, BigDecimal longitude) {
    }

    @Schema(description = "When the domain's last event arrived, and whether that is later than its cadence allows.")
    public record Freshness(OffsetDateTime lastEventAt, String lastEventType,
            @Schema(implementation = String.class, example = "PT2H") Duration cadence, boolean stale) {
    }
}
