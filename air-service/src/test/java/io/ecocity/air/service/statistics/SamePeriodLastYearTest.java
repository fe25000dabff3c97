package io.ecocity.air.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.support.api.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain Java, nothing stubbed: which days a period is compared with a year on. */
class SamePeriodLastYearTest {

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource({
            // whole months compare with whole months, so the leap day is neither lost nor invented
            "2025-02, 2024-02-01, 2024-02-29",
            "2024-02, 2023-02-01, 2023-02-28",
            "2024-Q1, 2023-01-01, 2023-03-31",
            "2024, 2023-01-01, 2023-12-31",
            // ISO week 18 of 2022 (2 to 8 May) against week 18 of 2021 (3 to 9 May)
            "2022-W18, 2021-05-03, 2021-05-09",
            // 2020 has a week 53 (28 December to 3 January), 2019 does not: the 52 weeks before
            "2020-W53, 2019-12-30, 2020-01-05",
    })
    void labelledPeriods(String label, LocalDate from, LocalDate to) {
        ReportingPeriod lastYear = SamePeriodLastYear.of(ReportingPeriod.ofLabel(label, LocalDate.of(2026, 1, 1)));
        assertEquals(from, lastYear.from());
        assertEquals(to, lastYear.to());
    }

    @ParameterizedTest(name = "{0}..{1} → {2}..{3}")
    @CsvSource({
            "2024-01-01, 2024-02-29, 2023-01-01, 2023-02-28",
            "2024-03-05, 2024-03-20, 2023-03-05, 2023-03-20",
            "2025-01-01, 2025-03-15, 2024-01-01, 2024-03-15",
    })
    void rangesKeepTheirDatesAndFebruary29FallsBackTo28(LocalDate from, LocalDate to, LocalDate lastFrom, LocalDate lastTo) {
        ReportingPeriod lastYear = SamePeriodLastYear.of(ReportingPeriod.parse(null, from.toString(), to.toString(),
                LocalDate.of(2026, 1, 1)));
        assertEquals(lastFrom, lastYear.from());
        assertEquals(lastTo, lastYear.to());
    }
}
