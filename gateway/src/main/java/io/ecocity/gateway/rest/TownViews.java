package io.ecocity.gateway.rest;

import io.ecocity.gateway.rest.AlertView.ActiveAlerts;
import io.ecocity.gateway.rest.CityFigures.AqiReading;
import io.ecocity.gateway.rest.CityFigures.ManifestCounts;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.CityFigures.StationSummary;
import io.ecocity.gateway.rest.CityFigures.WasteFigure;
import io.ecocity.gateway.rest.CityOverview.AirToday;
import io.ecocity.gateway.rest.CityOverview.AirYearToDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The town (镇街) views: the city view at the scale of one town, and the ranking of towns. */
public final class TownViews {

    private TownViews() {
    }

    @Schema(description = "What lies in one town: its town-scope air reports and statistics, its stations, its water "
            + "sections, its zero-waste indicators and manifests, its alerts and its targets.")
    public record TownView(String town, OffsetDateTime generatedAt, LocalDate date,
            @Schema(description = "place in the ranking by composite index; null when the town has none yet") Integer rank,
            TownAir air, TownWater water, TownWaste waste, ActiveAlerts activeAlerts,
            @Schema(description = "the town's targets and those of its sections") List<ScorecardItem> targets) {
    }

    public record TownAir(AqiReading latestHour, AirToday today, AirYearToDate yearToDate,
            List<StationSummary> stations) {
    }

    public record TownWater(List<SectionStatus> sections, long sectionCount, long sectionsMeetingTarget) {
    }

    public record TownWaste(List<WasteFigure> indicators, ManifestCounts manifests) {
    }

    @Schema(description = "Towns ranked by one year-to-date figure. Equal figures share a rank; towns without the "
            + "figure come last, unranked.")
    public record TownRanking(int year,
            @Schema(enumeration = {"compositeIndex", "pm25", "goodDayRatio", "waterSectionsMeetingTarget"}) String rankedBy,
            List<TownSummary> towns) {
    }

    public record TownSummary(Integer rank, String town, BigDecimal compositeIndex, BigDecimal pm25,
            BigDecimal goodDayRatio, Integer latestAqi, long sections, long sectionsMeetingTarget,
            @Schema(description = "sections meeting their target, percent of the town's sections") BigDecimal waterSectionsMeetingTargetPercent,
            long openManifests, long overdueManifests, long activeAlerts) {
    }
}
