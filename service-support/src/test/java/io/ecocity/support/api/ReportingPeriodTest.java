package io.ecocity.support.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ecocity.support.problem.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period labels of the API; plain Java, nothing stubbed. */
class ReportingPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 17);

    @ParameterizedTest
    @CsvSource({
        "2022,       2022-01-01, 2022-12-31",
        "2022-Q2,    2022-04-01, 2022-06-30",
        "2024-Q1,    2024-01-01, 2024-03-31",
        "2024-02,    2024-02-01, 2024-02-29",
        "2023-02,    2023-02-01, 2023-02-28",
        "2022-W18,   2022-05-02, 2022-05-08",
        "2021-W01,   2021-01-04, 2021-01-10",
        "2020-W53,   2020-12-28, 2021-01-03",
        "ytd,        2024-01-01, 2024-05-17"
    })
    void labelsNameTheirDays(String label, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.parse(label, null, null, TODAY);
        assertEquals(from, period.from());
        assertEquals(to, period.to());
    }

    @ParameterizedTest
    @CsvSource({"2022-13", "2021-W53", "2022-Q5", "last-year", "22"})
    void unknownLabelsAreRejectedNamingThePeriodField(String label) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse(label, null, null, TODAY));
        assertEquals("period", e.errors().get(0).field());
    }

    @org.junit.jupiter.api.Test
    void aRangeIsInclusiveAndItsYearBeforeSkipsTheLeapDay() {
        ReportingPeriod period = ReportingPeriod.parse(null, "2024-02-01", "2024-02-29", TODAY);
        assertEquals(29, period.days());
        assertEquals(LocalDate.of(2023, 2, 28), period.yearBefore().to());
        assertThrows(InvalidInputException.class, () -> ReportingPeriod.parse(null, "2024-03-01", "2024-02-01", TODAY));
        assertThrows(InvalidInputException.class, () -> ReportingPeriod.parse(null, "2024-03-01", null, TODAY));
    }

    @org.junit.jupiter.api.Test
    void aMonthQuarterOrYearIsComparedWithTheWholeSameUnitAYearEarlier() {
        assertEquals(LocalDate.of(2024, 2, 29), ReportingPeriod.parse("2025-02", null, null, TODAY).yearBefore().to());
        assertEquals(LocalDate.of(2024, 2, 1), ReportingPeriod.parse("2025-02", null, null, TODAY).yearBefore().from());
        assertEquals(LocalDate.of(2023, 2, 28), ReportingPeriod.parse("2024-02", null, null, TODAY).yearBefore().to());
        assertEquals(91, ReportingPeriod.parse("2025-Q1", null, null, TODAY).yearBefore().days());
        assertEquals(366, ReportingPeriod.parse("2025", null, null, TODAY).yearBefore().days());
        assertEquals(LocalDate.of(2024, 3, 1), ReportingPeriod.parse(null, "2025-03-01", "2025-03-10", TODAY)
                .yearBefore().from());
    }

    @ParameterizedTest
    @CsvSource({
        "-999999999-01-01, 2020-01-01, from",
        "0001-01-01,       9999-12-31, from",
        "1899-12-31,       1900-01-10, from",
        "2999-12-01,       3000-01-01, to",
        "+10000-01-01,     2020-01-01, from",
        "2010-01-01,       2020-01-01, to",
        "1900-01-01,       1910-01-01, to"
    })
    void fromAndToStayWithinTheYearsAndTheSpan(String from, String to, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse(null, from, to, TODAY));
        assertEquals(field, e.errors().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({
        "1900-01-01, 1909-12-31",
        "2990-01-01, 2999-12-31",
        "2016-03-01, 2026-02-28"
    })
    void tenYearsAtTheEdgesOfTheRangeAreAccepted(String from, String to) {
        ReportingPeriod period = ReportingPeriod.parse(null, from, to, TODAY);
        assertEquals(LocalDate.parse(to), period.to());
    }

    @ParameterizedTest
    @CsvSource({"1899", "3000", "0000-Q1", "9999-05", "1899-W01", "20222022202220222022"})
    void labelsOutsideTheYearsAreRejected(String label) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse(label, null, null, TODAY));
        assertEquals("period", e.errors().get(0).field());
    }

    @org.junit.jupiter.api.Test
    void theFirstYearStillHasAYearBefore() {
        assertEquals(LocalDate.of(1899, 1, 1), ReportingPeriod.parse("1900", null, null, TODAY).yearBefore().from());
        assertEquals(ReportingPeriod.DEFAULT_MAX_SPAN_YEARS, ReportingPeriod.maxSpanYears());
    }
}
