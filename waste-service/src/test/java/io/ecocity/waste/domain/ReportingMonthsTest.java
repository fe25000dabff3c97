package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which whole months a range of days holds; nothing stubbed. */
class ReportingMonthsTest {

    @ParameterizedTest(name = "{0}..{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "2023-01-01 | 2023-12-31 | 2023-01 2023-02 2023-03 2023-04 2023-05 2023-06 2023-07 2023-08 2023-09 2023-10 2023-11 2023-12",
            "2023-04-01 | 2023-06-30 | 2023-04 2023-05 2023-06",
            "2023-04-02 | 2023-06-30 | 2023-05 2023-06",      // April is cut
            "2023-04-01 | 2023-06-29 | 2023-04 2023-05",      // June is cut
            "2023-05-01 | 2023-05-15 | ''",                   // ytd in the middle of a month holds none of it
            "2023-05-01 | 2023-05-07 | ''",                   // a week holds no month
            "2024-02-01 | 2024-02-29 | 2024-02",              // leap February
            "2023-02-01 | 2023-02-28 | 2023-02",
            "2022-12-01 | 2023-01-31 | 2022-12 2023-01",      // across the year
    })
    void wholeMonthsOnly(LocalDate from, LocalDate to, String expected) {
        List<YearMonth> months = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(YearMonth::parse).toList();
        assertEquals(months, ReportingMonths.wholeMonthsWithin(from, to));
    }
}
