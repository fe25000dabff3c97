package io.ecocity.water.domain;

import static io.ecocity.water.domain.WaterFixtures.river;
import static io.ecocity.water.domain.WaterFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alert rules over the real tables; nothing stubbed. */
class WaterAlertRulesTest {

    private final WaterAlertRules rules = new WaterAlertRules(WaterFixtures.classifier(), WaterAlertOptions.defaults());
    private final MonitoringSection shatian = new MonitoringSection("SHATIAN", "沙田泗盛", WaterBodyType.RIVER);

    private List<AlertType> types(WaterClass target, String... values) {
        return rules.sampleAlerts(shatian, target, sample("SHATIAN", "2022-05-10", values)).stream().map(WaterAlert::type).toList();
    }

    @Test
    void dissolvedOxygenAtTheTargetLimitRaisesNothing() {
        assertEquals(List.of(), types(WaterClass.III, "DO", "5", "NH3N", "1.0"));
    }

    @Test
    void dissolvedOxygenJustBelowTheTargetLimitRaisesBothAlerts() {
        List<WaterAlert> alerts = rules.sampleAlerts(shatian, WaterClass.III, sample("SHATIAN", "2022-05-10", "DO", "4.99", "NH3N", "0.5"));
        assertEquals(List.of(AlertType.WORSE_THAN_TARGET, AlertType.DISSOLVED_OXYGEN_BELOW_TARGET), alerts.stream().map(WaterAlert::type).toList());
        assertEquals(List.of(WaterQualityItem.DO), alerts.get(0).items());
        assertTrue(alerts.get(1).message().contains("4.99"), alerts.get(1).message());
    }

    @ParameterizedTest(name = "DO {0} against target {1}: {2} alerts")
    @CsvSource({"3, IV, 0", "2.99, IV, 2", "2, V, 0", "1.99, V, 2", "0.5, WORSE_THAN_V, 0"})
    void dissolvedOxygenAgainstEachTargetClass(String dissolvedOxygen, WaterClass target, int expectedAlerts) {
        assertEquals(expectedAlerts, types(target, "DO", dissolvedOxygen).size());
    }

    @Test
    void aSampleWorseThanTargetNamesEveryItemThatBreaksIt() {
        List<WaterAlert> alerts = rules.sampleAlerts(shatian, WaterClass.III,
                sample("SHATIAN", "2022-05-10", "DO", "6", "NH3N", "1.01", "TP", "0.2", "CODMn", "6.5"));
        assertEquals(1, alerts.size());
        assertEquals(List.of(WaterQualityItem.CODMn, WaterQualityItem.NH3N), alerts.get(0).items());
    }

    @Test
    void aSampleAtItsTargetClassRaisesNothing() {
        assertEquals(List.of(), types(WaterClass.IV, "DO", "3", "NH3N", "1.5", "TP", "0.3"));
    }

    @ParameterizedTest(name = "today {0}: alert {1}")
    @CsvSource({"2022-05-20, false", "2022-05-21, true", "2022-06-03, true", "2022-05-01, false"})
    void missingSampleIsRaisedTheDayAfterTheDeadline(LocalDate today, boolean expected) {
        assertEquals(expected, rules.missingMonthlySample(shatian, YearMonth.of(2022, 5),
                List.of(sample("SHATIAN", "2022-04-28", "DO", "6")), today).isPresent());
    }

    @Test
    void aSampleOnTheDeadlineDayCounts() {
        assertEquals(Optional.empty(), rules.missingMonthlySample(shatian, YearMonth.of(2022, 5),
                List.of(sample("SHATIAN", "2022-05-20", "DO", "6")), LocalDate.of(2022, 5, 21)));
    }

    @Test
    void anotherSectionsSampleDoesNotCount() {
        assertTrue(rules.missingMonthlySample(shatian, YearMonth.of(2022, 5),
                List.of(sample("OTHER", "2022-05-02", "DO", "6")), LocalDate.of(2022, 5, 21)).isPresent());
    }

    @Test
    void theDeadlineDayIsConfigurableAndClampedToTheMonth() {
        WaterAlertRules lastDay = new WaterAlertRules(WaterFixtures.classifier(), new WaterAlertOptions(31));
        assertEquals(Optional.empty(), lastDay.missingMonthlySample(shatian, YearMonth.of(2022, 2), List.of(), LocalDate.of(2022, 2, 28)));
        WaterAlert alert = lastDay.missingMonthlySample(shatian, YearMonth.of(2022, 2), List.of(), LocalDate.of(2022, 3, 1)).orElseThrow();
        assertEquals(LocalDate.of(2022, 2, 28), alert.relatesTo());

        WaterAlertRules tenth = new WaterAlertRules(WaterFixtures.classifier(), new WaterAlertOptions(10));
        assertTrue(tenth.missingMonthlySample(shatian, YearMonth.of(2022, 5), List.of(), LocalDate.of(2022, 5, 11)).isPresent());
    }
}
