package io.ecocity.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.gateway.repository.AirDailyAssessmentEntity;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.repository.AirHourlyAssessmentEntity;
import io.ecocity.gateway.repository.AirLatestHourEntity;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.repository.AqiReportEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;

/** Applies the air service's assessments and statistics to the city view. */
@ApplicationScoped
public class AirViewProjector {

    private final ObjectMapper json;
    private final Event<CityChange> changes;
    private final ViewReader reader;
    private final KnownTowns towns;
    private final ViewRows rows;

    public AirViewProjector(ObjectMapper json, Event<CityChange> changes, ViewReader reader, KnownTowns towns,
            ViewRows rows) {
        this.rows = rows;
        this.json = json;
        this.changes = changes;
        this.reader = reader;
        this.towns = towns;
    }

    /**
     * Stores the hour's report unless it holds one stated later (a correction, then the original replayed, stays
     * corrected), and moves the scope's latest hour to it when no later hour is held.
     */
    public void applyHourly(AirHourlyAssessment hourly, Instant eventTime) {
        String scopeKey = scopeKeyOf(hourly.scope(), hourly.town(), hourly.stationId());
        Instant hourEnd = hourly.time().toInstant();
        String id = hourIdOf(scopeKey, hourly);
        AirHourlyAssessmentEntity row = rows.find(AirHourlyAssessmentEntity.class, id);
        if (row == null) {
            row = new AirHourlyAssessmentEntity();
            row.id = id;
        } else if (EventOrder.older(eventTime, row.eventTime)) {
            return;
        }
        describe(row, hourly.scope(), scopeKey, hourly.town(), hourly.stationId(), hourly.edition(), hourly.aqi(),
                hourly.level(), hourly.category(), hourly.categoryEn(), hourly.colour(), hourly.primaryPollutants(),
                hourly.correction());
        row.hourEnd = hourEnd;
        row.pm25 = hourly.concentrations() == null ? null : hourly.concentrations().pm25();
        row.stationCount = hourly.stationCount();
        row.eventTime = eventTime;
        row.persist();
        if (hourly.scope().equals("TOWN")) {
            towns.named(hourly.town());
        }
        AirLatestHourEntity latest = rows.find(AirLatestHourEntity.class, scopeKey);
        // a late or corrected older hour does not change what the scope shows now
        if (latest == null || !latest.hourEnd.isAfter(hourEnd)) {
            if (latest == null) {
                latest = new AirLatestHourEntity();
            }
            latest.copy(row);
            latest.persist();
            if (scopeKey.equals(ViewKeys.CITY)) {
                changes.fire(new CityChange(CityChange.CITY_AQI, id, reader.reading(row)));
            }
        }
    }

    public void applyDaily(AirDailyAssessment daily, Instant eventTime) {
        String scopeKey = scopeKeyOf(daily.scope(), daily.town(), daily.stationId());
        String id = dayIdOf(daily);
        AirDailyAssessmentEntity row = rows.find(AirDailyAssessmentEntity.class, id);
        if (row == null) {
            row = new AirDailyAssessmentEntity();
            row.id = id;
        } else if (EventOrder.older(eventTime, row.eventTime)) {
            return;
        }
        describe(row, daily.scope(), scopeKey, daily.town(), daily.stationId(), daily.edition(), daily.aqi(),
                daily.level(), daily.category(), daily.categoryEn(), daily.colour(), daily.primaryPollutants(),
                daily.correction());
        row.day = daily.date();
        row.eventTime = eventTime;
        row.persist();
    }

    public void applyStatistics(AirStatistics statistics, Instant eventTime) {
        String scopeKey = scopeKeyOf(statistics.scope(), statistics.town(), statistics.stationId());
        int year = Math.toIntExact(statistics.year());
        String id = statisticsIdOf(statistics);
        AirStatisticsEntity row = rows.find(AirStatisticsEntity.class, id);
        if (row == null) {
            row = new AirStatisticsEntity();
            row.id = id;
        } else if (EventOrder.older(statistics.to(), row.periodTo, eventTime, row.eventTime)) {
            // statistics up to an earlier day arriving late must not replace newer ones
            return;
        }
        row.scope = statistics.scope();
        row.scopeKey = scopeKey;
        row.town = statistics.town();
        row.stationId = statistics.stationId();
        row.statYear = year;
        row.periodFrom = statistics.from();
        row.periodTo = statistics.to();
        row.compositeIndex = statistics.compositeIndex();
        row.compositeIndexLastYear = statistics.compositeIndexLastYear();
        row.compositeIndexImprovementPercent = statistics.compositeIndexImprovementPercent();
        row.primaryCompositePollutant = statistics.primaryCompositePollutant();
        row.pm25Mean = statistics.pm25Mean();
        row.pm25MeanLastYear = statistics.pm25MeanLastYear();
        row.pm25ImprovementPercent = statistics.pm25ImprovementPercent();
        row.goodDayRatioPercent = statistics.goodDayRatioPercent();
        row.goodDayRatioLastYearPercent = statistics.goodDayRatioLastYearPercent();
        row.goodDayRatioChangePoints = statistics.goodDayRatioChangePoints();
        row.o3P90 = statistics.o3P90();
        row.heavilyPollutedDays = statistics.heavilyPollutedDays();
        row.validDays = statistics.validDays();
        row.completenessMet = statistics.completenessMet();
        row.monthlyPm25 = write(statistics.monthlyPm25());
        row.dailyAqi = write(statistics.dailyAqi());
        row.receivedAt = Instant.now();
        row.eventTime = eventTime;
        row.persist();
        if (statistics.scope().equals("TOWN")) {
            towns.named(statistics.town());
        }
    }

    /** The scope's key; a scope the view could not place is refused. */
    public static String scopeKeyOf(String scope, String town, String stationId) {
        requireScope(scope, town, stationId);
        return ViewKeys.scopeKey(scope, town, stationId);
    }

    /** The key of the hour's report of the scope. */
    public static String hourIdOf(String scopeKey, AirHourlyAssessment hourly) {
        return ViewKeys.of(scopeKey, hourly.time().toInstant().toString());
    }

    public static String dayIdOf(AirDailyAssessment daily) {
        return ViewKeys.of(scopeKeyOf(daily.scope(), daily.town(), daily.stationId()), daily.date().toString());
    }

    public static String statisticsIdOf(AirStatistics statistics) {
        return ViewKeys.of(scopeKeyOf(statistics.scope(), statistics.town(), statistics.stationId()),
                Long.toString(Math.toIntExact(statistics.year())));
    }

    /** The part an hourly and a daily report share, as the air service stated it. */
    private static void describe(AqiReportEntity row, String scope, String scopeKey, String town, String stationId,
            String edition, Integer aqi, Integer level, String category, String categoryEn, String colour,
            List<String> primaryPollutants, boolean correction) {
        row.scope = scope;
        row.scopeKey = scopeKey;
        row.town = town;
        row.stationId = stationId;
        row.edition = edition;
        row.aqi = aqi;
        row.level = level;
        row.category = category;
        row.categoryEn = categoryEn;
        row.colour = colour;
        row.primaryPollutants = ViewKeys.joined(primaryPollutants);
        row.correction = correction;
        row.receivedAt = Instant.now();
    }

    /** The schema allows a town-scope event without a town; the view could not place it, so it is refused. */
    private static void requireScope(String scope, String town, String stationId) {
        if (scope.equals("TOWN") && (town == null || town.isBlank())) {
            throw new RejectedEventException("a TOWN-scope air event names no town");
        }
        if (scope.equals("STATION") && (stationId == null || stationId.isBlank())) {
            throw new RejectedEventException("a STATION-scope air event names no station");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
