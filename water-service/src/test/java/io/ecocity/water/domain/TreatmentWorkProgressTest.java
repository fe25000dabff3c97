package io.ecocity.water.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Completion rates of sewage-treatment work; pure arithmetic, nothing stubbed. */
class TreatmentWorkProgressTest {

    private final TreatmentWorkProgress progress = TreatmentWorkProgress.withDefaults();

    private static TreatmentTask task(int year, String town, int planned, int completed, String plannedCapacity, String completedCapacity) {
        return new TreatmentTask(year, town, planned, completed, new BigDecimal(plannedCapacity), new BigDecimal(completedCapacity));
    }

    @ParameterizedTest(name = "{1} of {0} -> {2} %")
    @CsvSource({"30, 43, 143.3", "30, 30, 100.0", "3, 2, 66.7", "7, 0, 0.0", "0.5, 0.25, 50.0"})
    void completionPercentMayExceedAHundred(BigDecimal planned, BigDecimal completed, BigDecimal expected) {
        assertEquals(Optional.of(expected), progress.completionPercent(planned, completed));
    }

    @Test
    void nothingPlannedHasNoRate() {
        assertEquals(Optional.empty(), progress.completionPercent(BigDecimal.ZERO, BigDecimal.valueOf(4)));
        assertEquals(Optional.empty(), progress.completionPercent(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void cityTotalSumsTheTownsOfTheYear() {
        List<TreatmentTask> tasks = List.of(
                task(2022, "茶山", 10, 15, "1000", "1500"),
                task(2022, "石排", 20, 28, "3000", "2700"),
                task(2021, "石排", 99, 0, "1", "0"),
                task(2022, "虎门", 0, 0, "0", "0"));
        TreatmentProgress city = progress.cityTotal(tasks, 2022);

        assertEquals(30, city.plannedCount());
        assertEquals(43, city.completedCount());
        assertEquals(Optional.of(new BigDecimal("143.3")), city.countCompletionPercent());
        assertEquals(Optional.of(new BigDecimal("105.0")), city.capacityCompletionPercent());
        assertEquals(Optional.empty(), city.town());
    }

    @Test
    void eachTownGetsItsOwnRowAndAnEmptyPlanHasNoRate() {
        List<TreatmentProgress> towns = progress.byTown(List.of(
                task(2022, "石排", 20, 28, "3000", "2700"),
                task(2022, "茶山", 4, 2, "100", "50"),
                task(2022, "茶山", 6, 13, "900", "1450"),
                task(2022, "虎门", 0, 1, "0", "20")), 2022);

        assertEquals(3, towns.size());
        TreatmentProgress chashan = towns.stream().filter(t -> t.town().equals(Optional.of("茶山"))).findFirst().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("150.0")), chashan.countCompletionPercent());
        TreatmentProgress humen = towns.stream().filter(t -> t.town().equals(Optional.of("虎门"))).findFirst().orElseThrow();
        assertEquals(Optional.empty(), humen.countCompletionPercent());
        assertEquals(Optional.empty(), humen.capacityCompletionPercent());
    }
}
