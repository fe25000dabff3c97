package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest alerts at their edges, with real calendars; nothing stubbed. */
class ManifestAlertsTest {

    private final ManifestAlerts alerts = new ManifestAlerts(ManifestAlertPolicy.defaults());

    private static final LocalDate FRIDAY_PICKUP = LocalDate.of(2024, 5, 10);

    @Test
    void fiveWorkingDaysAcrossAWeekend() {
        assertEquals(DayOfWeek.FRIDAY, FRIDAY_PICKUP.getDayOfWeek());
        LocalDate deadline = alerts.receiptDeadline(FRIDAY_PICKUP);
        assertEquals(LocalDate.of(2024, 5, 17), deadline);
        // unconfirmed: fine through the deadline day, overdue the day after
        assertFalse(alerts.isReceiptOverdue(FRIDAY_PICKUP, null, deadline));
        assertTrue(alerts.isReceiptOverdue(FRIDAY_PICKUP, null, deadline.plusDays(1)));
        // confirmed on the deadline day is in time; the next working day is late
        assertFalse(alerts.isReceiptOverdue(FRIDAY_PICKUP, deadline, deadline.plusDays(10)));
        assertTrue(alerts.isReceiptOverdue(FRIDAY_PICKUP, LocalDate.of(2024, 5, 20), LocalDate.of(2024, 5, 20)));
    }

    @ParameterizedTest(name = "pickup {0} → deadline {1}")
    @CsvSource({
            "2024-05-06, 2024-05-13",   // Monday: the next Monday
            "2024-05-08, 2024-05-15",   // Wednesday
            "2024-05-11, 2024-05-17",   // Saturday pickup: Monday is the first working day
            "2024-05-12, 2024-05-17",   // Sunday pickup
    })
    void deadlineSkipsWeekends(LocalDate pickup, LocalDate deadline) {
        assertEquals(deadline, alerts.receiptDeadline(pickup));
    }

    @Test
    void holidaysAndMakeUpWorkingDaysAreHonoured() {
        // National Day 2024: 1–7 October off, Sunday 29 September worked (调休)
        Set<LocalDate> holidays = Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3),
                LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 7));
        WorkingDayCalendar calendar = new WorkingDayCalendar(holidays, Set.of(LocalDate.of(2024, 9, 29)));
        ManifestAlerts national = new ManifestAlerts(new ManifestAlertPolicy(5, calendar, new BigDecimal("5"), new BigDecimal("90")));
        // Fri 27 Sep pickup: Sun 29, Mon 30, Tue 8, Wed 9, Thu 10 October
        assertEquals(LocalDate.of(2024, 10, 10), national.receiptDeadline(LocalDate.of(2024, 9, 27)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 10, 7)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 9, 29)));
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
        WorkingDayCalendar calendar = WorkingDayCalendar.weekendsOnly();
        // Friday pickup: Saturday and Sunday do not count, Monday 13 May is the first
        assertEquals(0, calendar.workingDaysBetween(FRIDAY_PICKUP, LocalDate.of(2024, 5, 12)));
        assertEquals(1, calendar.workingDaysBetween(FRIDAY_PICKUP, LocalDate.of(2024, 5, 13)));
        assertEquals(5, calendar.workingDaysBetween(FRIDAY_PICKUP, alerts.receiptDeadline(FRIDAY_PICKUP)));
        assertEquals(0, calendar.workingDaysBetween(FRIDAY_PICKUP, FRIDAY_PICKUP.minusDays(3)));
    }

    @Test
    void workingDayCountIsConfigurable() {
        ManifestAlerts ten = new ManifestAlerts(new ManifestAlertPolicy(10, WorkingDayCalendar.weekendsOnly(),
                new BigDecimal("5"), new BigDecimal("90")));
        assertEquals(LocalDate.of(2024, 5, 24), ten.receiptDeadline(FRIDAY_PICKUP));
    }

    @Test
    void overdueAlertNamesManifestAndDeadline() {
        WasteAlert alert = alerts.receiptOverdue("20244419000001", FRIDAY_PICKUP, null, LocalDate.of(2024, 5, 18)).orElseThrow();
        assertEquals(AlertType.RECEIPT_OVERDUE, alert.type());
        assertEquals("20244419000001", alert.subject());
        assertTrue(alert.message().contains("2024-05-17"), alert.message());
        assertTrue(alerts.receiptOverdue("20244419000001", FRIDAY_PICKUP, null, LocalDate.of(2024, 5, 17)).isEmpty());
    }

    @Test
    void pickupInstantIsABeijingDay() {
        // 16:30 UTC on Thursday is 00:30 Friday in Beijing
        assertEquals(FRIDAY_PICKUP, WorkingDayCalendar.beijingDay(Instant.parse("2024-05-09T16:30:00Z")));
        assertEquals(LocalDate.of(2024, 5, 9), WorkingDayCalendar.beijingDay(Instant.parse("2024-05-09T15:59:59Z")));
    }

    @ParameterizedTest(name = "shipped {0}, received {1} → discrepancy {2}")
    @CsvSource({
            "100, 105,     false",  // exactly 5 %
            "100, 95,      false",
            "100, 105.01,  true",   // 5.01 %
            "100, 94.99,   true",
            "100, 100,     false",
            "12.5, 13.125, false",  // exactly 5 % of a fractional shipment
            "12.5, 13.126, true",
            "0, 0,         false",
            "0, 0.001,     true",
    })
    void discrepancyAboveFivePercentOnly(String shipped, String received, boolean expected) {
        assertEquals(expected, alerts.isQuantityDiscrepancy(new BigDecimal(shipped), new BigDecimal(received)));
        assertEquals(expected, alerts.quantityDiscrepancy("m", new BigDecimal(shipped), new BigDecimal(received)).isPresent());
    }

    @Test
    void deviationIsReportedForDisplay() {
        assertEquals(new BigDecimal("5.0100"), alerts.deviationPercent(new BigDecimal("100"), new BigDecimal("105.01")).orElseThrow());
        assertTrue(alerts.deviationPercent(BigDecimal.ZERO, BigDecimal.ONE).isEmpty());
        WasteAlert alert = alerts.quantityDiscrepancy("m1", new BigDecimal("100"), new BigDecimal("94.99")).orElseThrow();
        assertEquals(AlertType.QUANTITY_DISCREPANCY, alert.type());
        assertTrue(alert.message().contains("5.0100 %"), alert.message());
        assertThrows(IllegalArgumentException.class, () -> alerts.isQuantityDiscrepancy(new BigDecimal("-1"), BigDecimal.ONE));
    }

    @Test
    void toleranceIsConfigurable() {
        ManifestAlerts strict = new ManifestAlerts(new ManifestAlertPolicy(5, WorkingDayCalendar.weekendsOnly(),
                new BigDecimal("2"), new BigDecimal("90")));
        assertTrue(strict.isQuantityDiscrepancy(new BigDecimal("100"), new BigDecimal("102.001")));
        assertFalse(strict.isQuantityDiscrepancy(new BigDecimal("100"), new BigDecimal("102")));
    }

    private static ReceivedShipment shipment(String category, String tonnes, LocalDate day) {
        return new ReceivedShipment("m-" + tonnes, category, new BigDecimal(tonnes), day);
    }

    @Test
    void capacityAlertStartsAtExactlyNinetyPercent() {
        FacilityPermit permit = new FacilityPermit("F1", Map.of("HW08", new BigDecimal("1000")));
        LocalDate june = LocalDate.of(2023, 6, 1);
        List<ReceivedShipment> justBelow = List.of(shipment("HW08", "500", june), shipment("HW08", "399.99", june),
                shipment("HW08", "300", LocalDate.of(2022, 12, 31)));
        CapacityUsage below = alerts.capacityUsage(permit, 2023, justBelow).get(0);
        assertEquals(new BigDecimal("899.99"), below.receivedTonnes());
        assertEquals(new BigDecimal("90.00"), below.usedSharePercent(), "rounded display, but below the edge");
        assertFalse(below.alert());
        assertTrue(alerts.capacityAlerts(permit, 2023, justBelow).isEmpty());

        List<ReceivedShipment> atEdge = List.of(shipment("HW08", "500", june), shipment("HW08", "400", june));
        List<WasteAlert> raised = alerts.capacityAlerts(permit, 2023, atEdge);
        assertEquals(1, raised.size());
        assertEquals(AlertType.CAPACITY_NEAR_LIMIT, raised.get(0).type());
        assertEquals("F1", raised.get(0).subject());
        assertTrue(raised.get(0).message().contains("HW08"));
    }

    @Test
    void capacityShareIsConfigurableAndPerCategory() {
        ManifestAlerts eighty = new ManifestAlerts(new ManifestAlertPolicy(5, WorkingDayCalendar.weekendsOnly(),
                new BigDecimal("5"), new BigDecimal("80")));
        FacilityPermit permit = new FacilityPermit("F2", Map.of("HW08", new BigDecimal("100"), "HW49", new BigDecimal("50")));
        LocalDate day = LocalDate.of(2023, 3, 3);
        List<ReceivedShipment> shipments = List.of(shipment("HW08", "80", day), shipment("HW49", "39.99", day));
        List<CapacityUsage> usage = eighty.capacityUsage(permit, 2023, shipments);
        assertEquals(List.of("HW08", "HW49"), usage.stream().map(CapacityUsage::category).toList());
        assertEquals(List.of(true, false), usage.stream().map(CapacityUsage::alert).toList());
        assertEquals(new BigDecimal("79.98"), usage.get(1).usedSharePercent());
    }

    @Test
    void capacityAlertOfOneUsageMatchesTheFacilityList() {
        FacilityPermit permit = new FacilityPermit("F4", Map.of("HW08", new BigDecimal("100"), "HW49", new BigDecimal("100")));
        LocalDate day = LocalDate.of(2023, 3, 3);
        List<CapacityUsage> usage = alerts.capacityUsage(permit, 2023, List.of(shipment("HW08", "95", day), shipment("HW49", "10", day)));
        assertEquals(AlertType.CAPACITY_NEAR_LIMIT, alerts.capacityAlert(usage.get(0)).orElseThrow().type());
        assertTrue(alerts.capacityAlert(usage.get(1)).isEmpty());
        assertEquals(List.of(alerts.capacityAlert(usage.get(0)).orElseThrow()),
                alerts.capacityAlerts(permit, 2023, List.of(shipment("HW08", "95", day), shipment("HW49", "10", day))));
    }

    @Test
    void receivingACategoryWithoutCapacityIsAnAlert() {
        FacilityPermit permit = new FacilityPermit("F3", Map.of("HW08", new BigDecimal("100")));
        List<WasteAlert> raised = alerts.capacityAlerts(permit, 2023, List.of(shipment("HW49", "1", LocalDate.of(2023, 1, 1))));
        assertEquals(1, raised.size());
        assertEquals(AlertType.NO_PERMITTED_CAPACITY, raised.get(0).type());
        CapacityUsage unused = alerts.capacityUsage(permit, 2023, List.of()).get(0);
        assertEquals(new BigDecimal("0.00"), unused.usedSharePercent());
        assertFalse(unused.alert());
    }
}
