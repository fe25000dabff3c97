package io.ecocity.demo.waste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.demo.city.DemoCity;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The manifest stream as waste-service will judge it: the generator alone, nothing stubbed. */
class ManifestScheduleTest {

    private static final ManifestSchedule SCHEDULE = new ManifestSchedule(20230412L);
    private static final List<ManifestSchedule.Manifest> TWO_YEARS =
            SCHEDULE.filledBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));

    @Test
    void aDaysManifestsAreTheSameWhateverWindowTheyAreTakenFrom() {
        LocalDate day = LocalDate.of(2022, 6, 15);
        List<String> alone = SCHEDULE.filledOn(day).stream().map(ManifestSchedule.Manifest::manifestNumber).toList();
        List<String> inWindow = SCHEDULE.filledBetween(day.minusDays(30), day.plusDays(30)).stream()
                .filter(m -> m.filledAt().toLocalDate().equals(day)).map(ManifestSchedule.Manifest::manifestNumber)
                .toList();
        assertFalse(alone.isEmpty());
        assertEquals(alone, inWindow);
        assertEquals(SCHEDULE.filledOn(day), new ManifestSchedule(20230412L).filledOn(day));
    }

    @Test
    void numbersAreFourteenDigitsOfTheYearAndDongguanAndUnique() {
        Set<String> seen = new HashSet<>();
        for (ManifestSchedule.Manifest m : TWO_YEARS) {
            assertTrue(m.manifestNumber().matches("\\d{14}"), m.manifestNumber());
            assertTrue(m.manifestNumber().startsWith(m.filledAt().getYear() + "4419"), m.manifestNumber());
            assertTrue(seen.add(m.manifestNumber()), "twice: " + m.manifestNumber());
        }
        // about 1.35 a working day: 0, 1 or 2 with odds 15:35:50
        assertTrue(TWO_YEARS.size() > 600 && TWO_YEARS.size() < 800, "manifests in two years: " + TWO_YEARS.size());
    }

    @Test
    void nothingIsFilledInAtWeekendsAndEveryMoveFollowsTheOneBefore() {
        for (ManifestSchedule.Manifest m : TWO_YEARS) {
            DayOfWeek day = m.filledAt().getDayOfWeek();
            assertTrue(day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, m.manifestNumber());
            var previous = m.filledAt();
            for (ManifestSchedule.Step step : m.steps()) {
                assertTrue(step.at().isAfter(previous), m.manifestNumber() + " " + step.to());
                previous = step.at();
            }
            assertEquals(List.of("SUBMITTED", "IN_TRANSIT"), m.steps().subList(0, 2).stream()
                    .map(ManifestSchedule.Step::to).toList());
        }
    }

    @Test
    void theReceiverIsLicensedForTheCategoryAndTheCodeBelongsToIt() {
        for (ManifestSchedule.Manifest m : TWO_YEARS) {
            Map<String, BigDecimal> capacity = DemoCity.facility(m.receiverFacilityId()).annualCapacityTonnes();
            assertTrue(capacity.containsKey(m.wasteCategory()), m.receiverFacilityId() + " " + m.wasteCategory());
            assertTrue(m.wasteCode().matches("\\d{3}-\\d{3}-\\d{2}"), m.wasteCode());
            assertEquals(m.wasteCategory().substring(2), m.wasteCode().substring(8));
            assertTrue(m.quantityTonnes().signum() > 0);
        }
    }

    @Test
    void aFewAreLateAndAFewShortAndTheRestArriveWithinTheTolerance() {
        Map<ManifestSchedule.Kind, Long> kinds = TWO_YEARS.stream()
                .collect(Collectors.groupingBy(ManifestSchedule.Manifest::kind, Collectors.counting()));
        long all = TWO_YEARS.size();
        assertTrue(kinds.get(ManifestSchedule.Kind.LATE) > 0.02 * all && kinds.get(ManifestSchedule.Kind.LATE) < 0.07 * all,
                kinds.toString());
        assertTrue(kinds.get(ManifestSchedule.Kind.SHORT_ACCEPTED) > 0 && kinds.get(ManifestSchedule.Kind.SHORT_REJECTED) > 0,
                kinds.toString());
        for (ManifestSchedule.Manifest m : TWO_YEARS) {
            Map<String, ManifestSchedule.Step> steps = m.steps().stream()
                    .collect(Collectors.toMap(ManifestSchedule.Step::to, Function.identity(), (a, b) -> b));
            ManifestSchedule.Step arrival = steps.containsKey("DISCREPANCY") ? steps.get("DISCREPANCY") : steps.get("RECEIVED");
            BigDecimal share = arrival.receivedTonnes().divide(m.quantityTonnes(), 4, java.math.RoundingMode.HALF_UP);
            long days = ChronoUnit.DAYS.between(steps.get("IN_TRANSIT").at().toLocalDate(), arrival.at().toLocalDate());
            switch (m.kind()) {
                case ON_TIME -> {
                    assertTrue(share.compareTo(new BigDecimal("0.95")) > 0 && share.compareTo(new BigDecimal("1.05")) < 0);
                    assertTrue(days <= 1, m.manifestNumber());
                    assertEquals("CLOSED", m.steps().get(m.steps().size() - 1).to());
                }
                // eight calendar days or more is past five working days, whatever the weekday of pickup
                case LATE -> assertTrue(days >= 8, m.manifestNumber());
                case SHORT_ACCEPTED, SHORT_REJECTED -> {
                    assertTrue(share.compareTo(new BigDecimal("0.95")) < 0, m.manifestNumber());
                    assertEquals(m.kind() == ManifestSchedule.Kind.SHORT_ACCEPTED ? "CLOSED" : "REJECTED",
                            m.steps().get(m.steps().size() - 1).to());
                }
            }
        }
    }
}
