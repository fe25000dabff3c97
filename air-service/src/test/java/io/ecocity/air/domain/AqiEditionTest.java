package io.ecocity.air.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Pure edition and Beijing-time logic; nothing stubbed. */
class AqiEditionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2013-01-01, HJ633_2012",
            "2026-02-28, HJ633_2012",
            "2026-03-01, HJ633_2026",
            "2031-01-01, HJ633_2026"
    })
    void editionByBeijingDay(LocalDate day, AqiEdition expected) {
        assertEquals(expected, AqiEdition.forDay(day));
    }

    @ParameterizedTest(name = "hour ending {0} → {1}")
    @CsvSource({
            // 24:00 of 2026-02-28 is labelled 2026-03-01T00:00+08:00 and still belongs to the 2012 day.
            "2026-03-01T00:00+08:00, HJ633_2012",
            "2026-03-01T01:00+08:00, HJ633_2026",
            "2026-02-28T16:00Z, HJ633_2012",
            "2026-02-28T17:00Z, HJ633_2026",
            "2026-02-28T23:00+08:00, HJ633_2012"
    })
    void editionByHourEnding(String hourEnd, AqiEdition expected) {
        assertEquals(expected, AqiEdition.forHourEnding(OffsetDateTime.parse(hourEnd).toInstant()));
    }

    @Test
    void hoursAreLabelledByTheirEnd() {
        LocalDate day = LocalDate.of(2026, 2, 28);
        assertEquals(OffsetDateTime.parse("2026-02-28T01:00+08:00").toInstant(), BeijingTime.hourEnd(day, 1));
        assertEquals(OffsetDateTime.parse("2026-03-01T00:00+08:00").toInstant(), BeijingTime.hourEnd(day, 24));
        assertEquals(day, BeijingTime.dayOfHourEnding(BeijingTime.hourEnd(day, 24)));
        assertEquals(day, BeijingTime.dayOfHourEnding(BeijingTime.hourEnd(day, 1)));
        assertThrows(IllegalArgumentException.class, () -> BeijingTime.hourEnd(day, 0));
        assertThrows(IllegalArgumentException.class, () -> BeijingTime.hourEnd(day, 25));
        assertThrows(IllegalArgumentException.class,
                () -> BeijingTime.dayOfHourEnding(Instant.parse("2026-02-28T01:30:00Z")));
    }

    @Test
    void tableNamesRoundTrip() {
        for (AqiEdition edition : AqiEdition.values()) {
            assertEquals(edition, AqiEdition.fromTableName(edition.tableName()));
        }
        assertEquals("HJ 633-2026", AqiEdition.HJ633_2026.tableName());
        assertThrows(IllegalArgumentException.class, () -> AqiEdition.fromTableName("HJ 633-2013"));
    }

    @Test
    void indicatorsKnowTheirPollutantAndAveraging() {
        assertEquals(Pollutant.PM25, AqiIndicator.PM25_24H.pollutant());
        assertEquals(AveragingPeriod.TWENTY_FOUR_HOURS, AqiIndicator.PM25_24H.averagingPeriod());
        assertEquals(Pollutant.O3, AqiIndicator.O3_8H.pollutant());
        assertEquals(AveragingPeriod.EIGHT_HOURS, AqiIndicator.O3_8H.averagingPeriod());
        assertEquals(AveragingPeriod.ONE_HOUR, AqiIndicator.CO_1H.averagingPeriod());
        assertEquals(AqiIndicator.SO2_1H, AqiIndicator.fromTableName("SO2_1H"));
        assertThrows(IllegalArgumentException.class, () -> AqiIndicator.fromTableName("PM25_1H"));
    }
}
