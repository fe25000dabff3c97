package io.ecocity.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.repository.AirDailyAssessmentEntity;
import io.ecocity.gateway.repository.AirHourlyAssessmentEntity;
import io.ecocity.gateway.repository.AirLatestHourEntity;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.AqiReportEntity;
import io.ecocity.gateway.repository.CityAirStationEntity;
import io.ecocity.gateway.repository.CityAlertEntity;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WasteIndicatorEntity;
import io.ecocity.gateway.repository.WasteManifestEntity;
import io.ecocity.gateway.repository.WaterLatestSampleEntity;
import io.ecocity.gateway.repository.WaterSectionLatestEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import io.ecocity.gateway.rest.AlertView;
import io.ecocity.gateway.rest.CityFigures.AqiReading;
import io.ecocity.gateway.rest.CityFigures.ManifestCounts;
import io.ecocity.gateway.rest.CityFigures.SectionStatus;
import io.ecocity.gateway.rest.CityFigures.StationSummary;
import io.ecocity.gateway.rest.CityFigures.TargetedFigure;
import io.ecocity.gateway.rest.CityFigures.WasteFigure;
import io.ecocity.gateway.rest.CityOverview.AirToday;
import io.ecocity.gateway.rest.CityOverview.AirYearToDate;
import io.ecocity.gateway.rest.ScorecardItem;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the view's rows into the API's records, for the city (scope key {@code CITY}) or one town
 * ({@code TOWN:<town>}) alike, so the overview and the town views are the same view at two scales.
 */
@ApplicationScoped
public class ViewReader {

    private static final TypeReference<List<ScorecardItem.Checkpoint>> CHECKPOINTS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final GatewayConfig config;

    public ViewReader(ObjectMapper json, GatewayConfig config) {
        this.json = json;
        this.config = config;
    }

    public AqiReading reading(AirHourlyAssessmentEntity row) {
        return row == null ? null : reading(row, BeijingTime.of(row.hourEnd), null, row.stationCount);
    }

    public AqiReading reading(AirLatestHourEntity row) {
        return row == null ? null : reading(row, BeijingTime.of(row.hourEnd), null, row.stationCount);
    }

    public AqiReading reading(AirDailyAssessmentEntity row) {
        return row == null ? null : reading(row, null, row.day, null);
    }

    private static AqiReading reading(AqiReportEntity row, OffsetDateTime hourEnd, LocalDate day, Integer stationCount) {
        return new AqiReading(hourEnd, day, row.edition, row.aqi, row.level, row.category, row.categoryEn, row.colour,
                ViewKeys.split(row.primaryPollutants), stationCount, row.correction);
    }

    public AqiReading latestHour(String scopeKey) {
        return reading(AirLatestHourEntity.of(scopeKey));
    }

    public AirToday today(String scopeKey, LocalDate today) {
        List<AirHourlyAssessmentEntity> hours = AirHourlyAssessmentEntity.between(scopeKey, BeijingTime.startOf(today),
                BeijingTime.startOf(today.plusDays(1)));
        AirHourlyAssessmentEntity highest = hours.stream().filter(h -> h.aqi != null)
                .max(Comparator.comparing((AirHourlyAssessmentEntity h) -> h.aqi)).orElse(null);
        AqiReading daily = AirDailyAssessmentEntity.of(scopeKey, today).map(this::reading).orElse(null);
        return new AirToday(today, daily, hours.size(), reading(highest));
    }

    public AirYearToDate yearToDate(String scopeKey, int year) {
        Optional<AirStatisticsEntity> found = AirStatisticsEntity.of(scopeKey, year);
        String scope = scopeKey.equals(ViewKeys.CITY) ? "CITY" : "TOWN";
        String scopeId = scope.equals("CITY") ? null : scopeKey.substring("TOWN:".length());
        GatewayConfig.Targets targets = config.targets();
        Optional<TargetProgressEntity> compositeTarget = TargetProgressEntity.firstOf("air", year, scope, scopeId,
                targets.airCompositeIndex());
        Optional<TargetProgressEntity> pm25Target = TargetProgressEntity.firstOf("air", year, scope, scopeId,
                targets.airPm25());
        Optional<TargetProgressEntity> goodDayTarget = TargetProgressEntity.firstOf("air", year, scope, scopeId,
                targets.airGoodDayRatio());
        if (found.isEmpty()) {
            return new AirYearToDate(year, null, null, figure(null, null, null, null, compositeTarget),
                    figure(null, "µg/m³", null, null, pm25Target), figure(null, "%", null, null, goodDayTarget),
                    null, null, null);
        }
        AirStatisticsEntity s = found.get();
        return new AirYearToDate(year, s.periodFrom, s.periodTo,
                figure(s.compositeIndex, null, s.compositeIndexLastYear, s.compositeIndexImprovementPercent, compositeTarget),
                figure(s.pm25Mean, "µg/m³", s.pm25MeanLastYear, s.pm25ImprovementPercent, pm25Target),
                figure(s.goodDayRatioPercent, "%", s.goodDayRatioLastYearPercent, s.goodDayRatioChangePoints, goodDayTarget),
                s.primaryCompositePollutant, s.heavilyPollutedDays, s.completenessMet);
    }

    public TargetedFigure figure(BigDecimal value, String unit, BigDecimal lastYear, BigDecimal change,
            Optional<TargetProgressEntity> target) {
        if (target.isEmpty()) {
            return new TargetedFigure(value, unit, lastYear, change, null, null, null, null, null, null);
        }
        TargetProgressEntity t = target.get();
        return new TargetedFigure(value != null ? value : t.value, unit != null ? unit : t.unit, lastYear, change,
                t.target, t.targetLabel, t.status, t.remainingAllowance, t.allowanceLabel, t.asOf);
    }

    public List<StationSummary> stations(String town) {
        List<CityAirStationEntity> rows = town == null
                ? CityAirStationEntity.listAll(Sort.by("stationId"))
                : CityAirStationEntity.list("town", Sort.by("stationId"), town);
        Map<String, AqiReading> latest = AirLatestHourEntity.ofEveryStation().stream()
                .collect(Collectors.toMap(h -> h.stationId, this::reading, (a, b) -> a));
        return rows.stream().map(s -> new StationSummary(s.stationId, s.name, s.town, s.kind, s.assessed, s.latitude,
                s.longitude, latest.get(s.stationId))).toList();
    }

    public List<SectionStatus> sections(String town) {
        List<WaterSectionEntity> rows = town == null
                ? WaterSectionEntity.listAll(Sort.by("sectionId"))
                : WaterSectionEntity.list("town", Sort.by("sectionId"), town);
        // three queries whatever the number of sections: each section's latest sample and period are rows of their own
        List<String> ids = rows.stream().map(r -> r.sectionId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, WaterLatestSampleEntity> samples = byId(town == null ? WaterLatestSampleEntity.listAll()
                : WaterLatestSampleEntity.list("sectionId in ?1", ids), (WaterLatestSampleEntity w) -> w.sectionId);
        Map<String, WaterSectionLatestEntity> periods = byId(town == null ? WaterSectionLatestEntity.listAll()
                : WaterSectionLatestEntity.list("sectionId in ?1", ids), (WaterSectionLatestEntity w) -> w.sectionId);
        return rows.stream().map(s -> section(s, samples.get(s.sectionId), periods.get(s.sectionId))).toList();
    }

    private static <T> Map<String, T> byId(List<T> rows, java.util.function.Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
    }

    private SectionStatus section(WaterSectionEntity s, WaterLatestSampleEntity sample,
            WaterSectionLatestEntity period) {
        return new SectionStatus(s.sectionId, s.name, s.river, s.town, s.level, s.targetClass,
                sample == null ? null : sample.waterClass,
                sample == null ? null : BeijingTime.of(sample.sampledAt),
                sample == null ? null : sample.meetsTarget,
                sample != null ? ViewKeys.split(sample.mainPollutants)
                        : period != null ? ViewKeys.split(period.mainPollutants) : List.of(),
                period == null ? null : period.waterClass,
                period == null ? null : period.period,
                period == null ? null : period.meetsTarget,
                period == null ? null : period.classChange);
    }

    /** Whether the section meets its target: by its latest period class, else by its latest sample. */
    public static boolean meetsTarget(SectionStatus section) {
        Boolean verdict = section.periodMeetsTarget() != null ? section.periodMeetsTarget()
                : section.latestSampleMeetsTarget();
        return Boolean.TRUE.equals(verdict);
    }

    public List<WasteFigure> wasteHeadline(String scopeKey, int year) {
        String scope = scopeKey.equals(ViewKeys.CITY) ? "CITY" : "TOWN";
        String scopeId = scope.equals("CITY") ? null : scopeKey.substring("TOWN:".length());
        return config.waste().headlineIndicators().stream().map(code -> {
            Optional<WasteIndicatorEntity> indicator = WasteIndicatorEntity.yearToDate(code, scopeKey, year);
            Optional<TargetProgressEntity> target = TargetProgressEntity.firstOf("waste", year, scope, scopeId,
                    List.of(code));
            WasteIndicatorEntity w = indicator.orElse(null);
            TargetedFigure figure = figure(w == null ? null : w.value, w == null ? null : w.unit,
                    w == null ? null : w.lastYearValue, null, target);
            return new WasteFigure(code, w == null ? null : w.nameZh, w == null ? null : w.nameEn,
                    w == null ? null : w.period, w == null ? null : w.periodFrom, w == null ? null : w.periodTo,
                    w == null ? "NO_DATA" : w.absenceReason, figure);
        }).toList();
    }

    public ManifestCounts manifests(String town) {
        List<String> open = config.waste().openManifestStates();
        return new ManifestCounts(WasteManifestEntity.countInStates(open, town),
                WasteManifestEntity.countOverdue(open, town));
    }

    public AlertView alert(CityAlertEntity row) {
        return new AlertView(row.alertId, row.domain, row.kind, row.severity, row.state, row.subjectId, row.town,
                row.title, row.message, row.value, row.threshold, row.unit, BeijingTime.of(row.raisedAt),
                BeijingTime.of(row.changedAt), BeijingTime.of(row.clearedAt), row.acknowledgedAt != null,
                BeijingTime.of(row.acknowledgedAt), row.acknowledgedBy, row.acknowledgeNote);
    }

    public ScorecardItem scorecardItem(TargetProgressEntity row) {
        List<ScorecardItem.Checkpoint> checkpoints;
        try {
            checkpoints = json.readValue(row.checkpoints, CHECKPOINTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScorecardItem(row.domain, row.targetYear, row.asOf, row.scope, row.scopeId, row.indicator, row.name,
                row.unit, row.direction, row.value, row.valueLabel, row.target, row.targetLabel, row.projected,
                row.status, row.remainingAllowance, row.allowanceLabel, checkpoints);
    }
}
