package io.ecocity.gateway.rest;

import io.ecocity.gateway.rest.AlertView.ActiveAlerts;
import io.ecocity.gateway.rest.CityFigures.AqiReading;
import io.ecocity.gateway.rest.CityFigures.Freshness;
import io.ecocity.gateway.rest.CityFigures.ManifestCounts;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.CityFigures.StationSummary;
import io.ecocity.gateway.rest.CityFigures.TargetedFigure;
import io.ecocity.gateway.rest.CityFigures.WasteFigure;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The combined city view for Beijing today, built from the domains' events.")
public record CityOverview(OffsetDateTime generatedAt, LocalDate date, AirOverview air, WaterOverview water,
        WasteOverview waste, ActiveAlerts activeAlerts) {

    /** The same overview with each domain's freshness as given (freshness is of the present, not of the view). */
    public CityOverview withFreshness(Freshness airNow, Freshness waterNow, Freshness wasteNow) {
        return new CityOverview(generatedAt, date,
                new AirOverview(air.latestHour(), air.today(), air.yearToDate(), air.stationCount(),
                        air.assessedStationCount(), air.stations(), air.activeAlerts(), airNow),
                new WaterOverview(water.sections(), water.sectionCount(), water.sectionsMeetingTarget(),
                        water.goodShare(), water.goodShareFrom(), water.goodShareTo(), water.activeAlerts(), waterNow),
                new WasteOverview(waste.indicators(), waste.manifests(), waste.activeAlerts(), wasteNow),
                activeAlerts);
    }

    public record AirOverview(
            @Schema(description = "the latest hourly city AQI") AqiReading latestHour,
            AirToday today, AirYearToDate yearToDate,
            long stationCount, long assessedStationCount, List<StationSummary> stations,
            ActiveAlerts activeAlerts, Freshness freshness) {
    }

    @Schema(description = "Today so far: the daily report if the air service has published one for today, and the "
            + "hourly reports of today (labelled 01:00 … 24:00).")
    public record AirToday(LocalDate day, AqiReading daily, int hoursReported, AqiReading highestHour) {
    }

    @Schema(description = "HJ 663 statistics from 1 January to the last day included, each against its annual "
            + "target. Units: composite index none, PM2.5 µg/m³, good-day ratio percent (change in percentage points).")
    public record AirYearToDate(int year, LocalDate from, LocalDate to, TargetedFigure compositeIndex,
            TargetedFigure pm25, TargetedFigure goodDayRatio, String primaryCompositePollutant,
            Integer heavilyPollutedDays, Boolean completenessMet) {
    }

    public record WaterOverview(List<SectionStatus> sections, long sectionCount, long sectionsMeetingTarget,
            @Schema(description = "share of assessed sections in classes I–III, year to date, percent") TargetedFigure goodShare,
            LocalDate goodShareFrom, LocalDate goodShareTo, ActiveAlerts activeAlerts, Freshness freshness) {
    }

    public record WasteOverview(
            @Schema(description = "the headline zero-waste indicators (ecocity.gateway.waste.headline-indicators)")
            List<WasteFigure> indicators, ManifestCounts manifests, ActiveAlerts activeAlerts, Freshness freshness) {
    }
}
