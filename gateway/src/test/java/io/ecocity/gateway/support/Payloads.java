package io.ecocity.gateway.support;

import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.events.common.Alert;
import io.ecocity.events.common.TargetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Event payloads as the domain services build them, with only what a test varies as parameters. */
public final class Payloads {

    private Payloads() {
    }

    public static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    public static AirHourlyAssessment cityHour(OffsetDateTime hourEnd, int aqi, int level, String category,
            String colour, String primary) {
        return hour("CITY", null, null, hourEnd, aqi, level, category, colour, primary);
    }

    public static AirHourlyAssessment hour(String scope, String stationId, String town, OffsetDateTime hourEnd, int aqi,
            int level, String category, String colour, String primary) {
        return new AirHourlyAssessment(scope, stationId, town, hourEnd, "HJ633_2026",
                new AirHourlyAssessment.Concentrations(n("8"), n("31"), n("60"), n("45"), n("0.7"), n("90")),
                List.of(new AirHourlyAssessment.Indicator("PM25_24H", n("45"), aqi, false, null)), aqi, level,
                category, "Moderate", colour, primary == null ? List.of() : List.of(primary), List.of(), false, 12, false);
    }

    public static AirStatistics statistics(String scope, String town, int year, LocalDate to, String composite,
            String compositeLastYear, String compositeImprovement, String pm25, String pm25LastYear,
            String pm25Improvement, String goodDays, String goodDaysLastYear, String goodDaysChange) {
        return new AirStatistics(scope, null, town, year, LocalDate.of(year, 1, 1), to, n(composite),
                n(compositeLastYear), n(compositeImprovement), "o3", n(pm25), n(pm25LastYear), n(pm25Improvement),
                n(goodDays), n(goodDaysLastYear), n(goodDaysChange), n("150"), 1, 300, true,
                List.of(new AirStatistics.MonthlyPm25(year + "-01", n("31"))),
                List.of(new AirStatistics.DailyAqi(to, 60, 2)));
    }

    public static TargetProgress target(String domain, int year, LocalDate asOf, String scope, String scopeId,
            String indicator, String name, String unit, String direction, String target, String value, String status,
            String allowance) {
        LocalDate weekStart = asOf.minusDays(asOf.getDayOfWeek().getValue() - 1L);
        LocalDate monthStart = asOf.withDayOfMonth(1);
        LocalDate quarterStart = monthStart.withMonth(((asOf.getMonthValue() - 1) / 3) * 3 + 1);
        return new TargetProgress(domain, year, asOf, scope, scopeId, indicator, name, unit, direction, n(target),
                (direction.equals("LOWER_IS_BETTER") ? "≤ " : "≥ ") + target, n(value), value, n(value), status,
                n(allowance), allowance == null ? null : "allowance left for the rest of the year",
                List.of(new TargetProgress.Checkpoint("WEEK", asOf.getYear() + "-W"
                                + String.format("%02d", asOf.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                                weekStart, weekStart.plusDays(6), n(value), n(target), "ON_PACE"),
                        new TargetProgress.Checkpoint("MONTH", monthStart.toString().substring(0, 7), monthStart,
                                monthStart.plusMonths(1).minusDays(1), n(value), n(target), "BEHIND_PACE"),
                        new TargetProgress.Checkpoint("QUARTER", asOf.getYear() + "-Q" + ((asOf.getMonthValue() - 1) / 3 + 1),
                                quarterStart, quarterStart.plusMonths(3).minusDays(1), null, n(target), "NO_DATA")));
    }

    public static Alert alert(String alertId, String domain, String severity, String state, String town) {
        return new Alert(alertId, domain, "TEST_CONDITION", severity, state, "SUBJECT-" + alertId, town,
                "测试告警 " + alertId, "raised by a test", n("120"), n("100"), "µg/m³",
                OffsetDateTime.now().withNano(0));
    }
}
