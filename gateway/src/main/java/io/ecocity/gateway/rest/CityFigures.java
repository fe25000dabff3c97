package io.ecocity.gateway.rest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The building blocks shared by the overview, the towns and the stream. */
public final class CityFigures {

    private CityFigures() {
    }

    @Schema(description = "An AQI report (HJ 633) as the air service published it. An hourly value is labelled by "
            + "the end of its hour (the 01:00 value covers 00:00–01:00).")
    public record AqiReading(
            @Schema(description = "end of the hour, for an hourly report") OffsetDateTime hourEnd,
            @Schema(description = "the Beijing natural day, for a daily report") LocalDate day,
            @Schema(enumeration = {"HJ633_2012", "HJ633_2026"}) String edition,
            Integer aqi, Integer level,
            @Schema(description = "Chinese category, e.g. 良") String category, String categoryEn,
            @Schema(description = "hex colour of the level, e.g. #FFFF00") String colour,
            @Schema(description = "when AQI > 50, the pollutant(s) with the largest IAQI") List<String> primaryPollutants,
            @Schema(description = "stations that contributed (city and town reports)") Integer stationCount,
            @Schema(description = "recomputed after a correction") boolean correction) {
    }

    @Schema(description = "A year-to-date figure beside its annual target, as the domain service judged it.")
    public record TargetedFigure(
            @Schema(description = "year to date") BigDecimal value, String unit,
            @Schema(description = "the same days a year before") BigDecimal lastYear,
            @Schema(description = "year on year: percent improvement (positive is better) or percentage points")
            BigDecimal yearOnYearChange,
            BigDecimal target, String targetLabel,
            @Schema(enumeration = {"ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ASSESSABLE"},
                    description = "null when the domain has published no target for it") String status,
            BigDecimal remainingAllowance, String allowanceLabel,
            @Schema(description = "the day the target's progress was computed for") LocalDate targetAsOf) {
    }

    @Schema(description = "When the domain's last event arrived and whether the domain is stale: silent for longer "
            + "than its cadence (configuration: ecocity.gateway.cadence.*), or its service not answering.")
    public record Freshness(OffsetDateTime lastEventAt, String lastEventType,
            @Schema(implementation = String.class, example = "PT2H") Duration cadence, boolean stale,
            @Schema(description = "NO_EVENT_YET, NO_EVENT_WITHIN_CADENCE, SERVICE_UNREACHABLE") List<String> staleReasons,
            ServiceStatus service) {
    }

    @Schema(description = "What the gateway last saw of the domain service itself, from routed calls and a "
            + "background probe; reachable is null until it has tried.")
    public record ServiceStatus(Boolean reachable, OffsetDateTime checkedAt, String detail,
            @Schema(enumeration = {"CLOSED", "OPEN", "HALF_OPEN"}) String circuit) {
    }

    @Schema(description = "A water section's class (GB 3838) against its target class.")
    public record SectionStatus(String sectionId, String name, String river, String town,
            @Schema(enumeration = {"NATIONAL", "PROVINCIAL", "MUNICIPAL"}) String level, String targetClass,
            @Schema(description = "class of the most recent sample") String latestSampleClass,
            OffsetDateTime latestSampledAt, Boolean latestSampleMeetsTarget, List<String> mainPollutants,
            @Schema(description = "class over the most recent assessed period (period means)") String periodClass,
            String period, Boolean periodMeetsTarget,
            @Schema(enumeration = {"IMPROVED", "WORSENED", "UNCHANGED"}) String classChange) {
    }

    @Schema(description = "A zero-waste indicator, year to date, against its target.")
    public record WasteFigure(String indicatorCode, String nameZh, String nameEn, String period, LocalDate from,
            LocalDate to, @Schema(enumeration = {"NO_DATA", "ZERO_DENOMINATOR"},
                    description = "why there is no value; never shown as 0 % or 100 %") String absenceReason,
            TargetedFigure figure) {
    }

    @Schema(description = "Hazardous-waste transfer manifests: open = configured open states "
            + "(ecocity.gateway.waste.open-manifest-states); overdue = open with receipt not confirmed in time.")
    public record ManifestCounts(long open, long overdue) {
    }

    @Schema(description = "An air station in the view.")
    public record StationSummary(String stationId, String name, String town, String kind, boolean assessed,
            BigDecimal latitude, BigDecimal longitude, AqiReading latestHour) {
    }
}
