package io.ecocity.demo.loggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.demo.air.CityAirSeries;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.events.air.AirObservation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own HJ 212 encoder against the standard's example (docs/standards/hj212.md §1: the data segment of
 * 101 bytes whose check code is 1C80).
 */
class Hj212EncoderTest {

    static final String STANDARD_SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    @Test
    void theStandardsExampleIsFramedWithCrc1C80() {
        byte[] data = STANDARD_SEGMENT.getBytes(StandardCharsets.US_ASCII);
        assertEquals(101, data.length);
        assertEquals(0x1C80, Hj212Encoder.crc(data));
        assertEquals("##0101" + STANDARD_SEGMENT + "1C80\r\n",
                new String(Hj212Encoder.frame(STANDARD_SEGMENT), StandardCharsets.US_ASCII));
    }

    @Test
    void notCrc16Modbus() {
        int modbus = 0xFFFF;
        for (byte b : STANDARD_SEGMENT.getBytes(StandardCharsets.US_ASCII)) {
            modbus ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                modbus = (modbus & 1) != 0 ? (modbus >>> 1) ^ 0xA001 : modbus >>> 1;
            }
        }
        assertNotEquals(0x1C80, modbus);
    }

    @Test
    void anHourlyUploadAsksForAResponseAndFlagsEachValueNormal() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("a34004", new BigDecimal("35"));
        values.put("a21005", new BigDecimal("0.7"));
        String segment = Hj212Encoder.upload("20261204090000123", "22", "2061", "123456", "SIM-DG-N01",
                LocalDateTime.of(2026, 12, 4, 8, 0), "Avg", values);
        assertEquals("QN=20261204090000123;ST=22;CN=2061;PW=123456;MN=SIM-DG-N01;Flag=5;CP=&&DataTime=20261204080000;"
                + "a34004-Avg=35,a34004-Flag=N;a21005-Avg=0.7,a21005-Flag=N&&", segment);
        String frame = new String(Hj212Encoder.frame(segment), StandardCharsets.US_ASCII);
        assertTrue(frame.startsWith("##" + String.format("%04d", segment.length()) + "QN="));
        assertEquals("20261204090000123", Hj212Encoder.field(segment, "QN"));
        assertEquals("2061", Hj212Encoder.field(segment, "CN"));
    }

    @Test
    void qnsAreUniqueWithinAMillisecond() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 4, 9, 0, 0, 5_000_000);
        String first = Hj212Encoder.nextQn(now);
        String second = Hj212Encoder.nextQn(now);
        assertEquals(17, first.length());
        assertNotEquals(first, second);
    }

    @Test
    void theLoggersSendTheDemoCitysValuesOfTheHour() {
        // the hour ending 09:00 on 4 December 2026: the same observation the demo load sends for DG-N01
        LoggerSimulator simulator = LoggerSimulator.parse("--stations", "2");
        LocalDateTime label = LocalDateTime.of(2026, 12, 4, 9, 0);
        AirObservation o = simulator.airHour(label).get("DG-N01");
        var city = CityAirSeries.year(CityAirSeries.planFor(2026), 20230412L).get(label.getDayOfYear() - 1);
        AirObservation expected = new io.ecocity.demo.air.StationObservations(DemoCity.stations(20, 100, 20230412L),
                20230412L).day(city, 24).stream().filter(x -> x.stationId().equals("DG-N01"))
                .filter(x -> x.time().toLocalDateTime().equals(label)).findFirst().orElseThrow();
        assertEquals(expected, o);
        Map<String, BigDecimal> values = LoggerSimulator.airValues(o);
        assertEquals(o.pm25(), values.get("a34004"));
        assertEquals(o.co(), values.get("a21005"));
        assertEquals(6, values.size());
    }
}
