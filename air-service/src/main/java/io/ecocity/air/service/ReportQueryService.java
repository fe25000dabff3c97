package io.ecocity.air.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.repository.ReportStore;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the stored reports: the latest one of a station, town or the city, and ranges by Beijing day in time
 * order with a cursor (the last item's hour or day), so pages stay stable while newer reports arrive.
 */
@ApplicationScoped
public class ReportQueryService {

    private final ReportStore reports;
    private final ObjectMapper json;

    public ReportQueryService(ReportStore reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    public AirHourlyAssessment latestHourly(String scope, String scopeId) {
        return reports.latestHourly(scope, scopeId).map(this::hourly)
                .orElseThrow(() -> new NotFoundProblemException("no hourly report of " + describe(scope, scopeId)));
    }

    public AirDailyAssessment latestDaily(String scope, String scopeId) {
        return reports.latestDaily(scope, scopeId).map(this::daily)
                .orElseThrow(() -> new NotFoundProblemException("no daily report of " + describe(scope, scopeId)));
    }

    public Page<AirHourlyAssessment> hourly(String scope, String scopeId, ReportingPeriod period, PageRequest page) {
        Instant after = null;
        if (page.after() != null) {
            try {
                after = Instant.ofEpochSecond(Long.parseLong(page.after()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
        }
        // A day holds the hours ending 01:00 … 24:00.
        Instant from = BeijingTime.startOf(period.from()).plusSeconds(3600);
        Instant to = BeijingTime.startOf(period.to().plusDays(1));
        List<ReportStore.HourlyReportRow> rows = reports.hourlyPage(scope, scopeId, from, to, after, false,
                page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ReportStore.HourlyReportRow> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? PageRequest.encode(Long.toString(shown.get(shown.size() - 1).hourEnd().getEpochSecond()))
                : null;
        return new Page<>(shown.stream().map(this::hourly).toList(), next);
    }

    public Page<AirDailyAssessment> daily(String scope, String scopeId, ReportingPeriod period, PageRequest page) {
        LocalDate after = null;
        if (page.after() != null) {
            try {
                after = LocalDate.parse(page.after());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
        }
        List<ReportStore.DailyReportRow> rows = reports.dailyPage(scope, scopeId, period.from(), period.to(), after,
                false, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ReportStore.DailyReportRow> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? PageRequest.encode(shown.get(shown.size() - 1).day().toString()) : null;
        return new Page<>(shown.stream().map(this::daily).toList(), next);
    }

    private AirHourlyAssessment hourly(ReportStore.HourlyReportRow row) {
        return AssessmentPayloads.withCorrection(read(row.payload(), AirHourlyAssessment.class), row.revision() > 1);
    }

    private AirDailyAssessment daily(ReportStore.DailyReportRow row) {
        return AssessmentPayloads.withCorrection(read(row.payload(), AirDailyAssessment.class), row.revision() > 1);
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report cannot be read", e);
        }
    }

    private static String describe(String scope, String scopeId) {
        return switch (scope) {
            case AssessmentService.CITY -> "the city";
            case AssessmentService.TOWN -> "town " + scopeId;
            default -> "station " + scopeId;
        };
    }
}
