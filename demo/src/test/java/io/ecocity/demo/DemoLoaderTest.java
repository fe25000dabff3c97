package io.ecocity.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.air.AirObservation;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader's calendar and the live feed's values, from the generator alone; no suite is needed. */
class DemoLoaderTest {

    private final DemoLoader loader = new DemoLoader(Map.of("micro", "0"));
    private final LiveFeed live = new LiveFeed(loader);

    @Test
    void optionsAreNamedPairsAndAnUnknownOneIsRefused() {
        assertEquals(Map.of("from", "2021-01-01", "micro", "0"),
                DemoLoader.parseOptions(List.of("--from", "2021-01-01", "--micro", "0")));
        assertThrows(IllegalArgumentException.class, () -> DemoLoader.parseOptions(List.of("--form", "2021-01-01")));
        assertThrows(IllegalArgumentException.class, () -> DemoLoader.parseOptions(List.of("--from")));
        assertThrows(IllegalArgumentException.class, () -> DemoLoader.run("unload"));
    }

    @Test
    void aMonthsWaterSampleIsDueFromTheTenthAtTenAndATownsReportOnceTheMonthIsOver() {
        assertEquals(YearMonth.of(2022, 11), DemoLoader.lastSampledMonth(LocalDateTime.of(2022, 12, 10, 9, 59)));
        assertEquals(YearMonth.of(2022, 12), DemoLoader.lastSampledMonth(LocalDateTime.of(2022, 12, 10, 10, 0)));
        assertEquals(YearMonth.of(2022, 12), DemoLoader.lastReportedMonth(LocalDateTime.of(2023, 1, 1, 0, 0)));
        assertEquals(YearMonth.of(2022, 11), DemoLoader.lastReportedMonth(LocalDateTime.of(2022, 12, 31, 23, 0)));
    }

    @Test
    void theHourLabelledMidnightIsTheLastHourOfThePreviousDay() {
        Map<String, AirObservation> midnight = live.hour(LocalDateTime.of(2022, 3, 2, 0, 0));
        assertTrue(midnight.containsKey("DG-N01"));
        assertEquals(LocalDateTime.of(2022, 3, 2, 0, 0),
                midnight.get("DG-N01").time().atZoneSameInstant(DemoLoader.BEIJING).toLocalDateTime());
        assertEquals(LocalDateTime.of(2022, 3, 2, 1, 0), LiveFeed.hourLabel(LocalDateTime.of(2022, 3, 2, 0, 35)));
    }

    @Test
    void theRunningMeanStartsAtTheHourBeforeAndEndsOnTheHoursOwnValue() {
        LocalDateTime label = LocalDateTime.of(2022, 7, 14, 15, 0);
        AirObservation before = live.hour(label.minusHours(1)).get("DG-N03");
        AirObservation finalValue = live.hour(label).get("DG-N03");
        assertEquals(before.o3(), live.running(label, label.minusHours(1)).get("DG-N03").o3());
        assertEquals(finalValue, live.running(label, label).get("DG-N03"));
        AirObservation halfway = live.running(label, label.minusMinutes(30)).get("DG-N03");
        assertEquals(finalValue.time(), halfway.time());
        int low = Math.min(before.o3().intValue(), finalValue.o3().intValue());
        int high = Math.max(before.o3().intValue(), finalValue.o3().intValue());
        assertTrue(halfway.o3().intValue() >= low && halfway.o3().intValue() <= high, halfway.toString());
    }

    @Test
    void the2022TreatmentWorkIs86Of60Works() {
        int planned = 0;
        int completed = 0;
        for (String town : ReferenceData.TREATMENT_TOWNS) {
            Map<String, Object> work = ReferenceData.treatmentWork(2022, town);
            planned += (Integer) work.get("plannedCount");
            completed += (Integer) work.get("completedCount");
        }
        assertEquals(60, planned);
        assertEquals(86, completed);
    }
}
