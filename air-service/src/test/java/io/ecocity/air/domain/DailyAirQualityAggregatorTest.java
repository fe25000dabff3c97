package io.ecocity.air.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real aggregator over hand-built hourly series; nothing stubbed. */
class DailyAirQualityAggregatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 15);
    private static final DailyAirQualityAggregator AGGREGATOR = new DailyAirQualityAggregator();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** The same value at the given hours (1 … 24) of DAY. */
    private static Map<Instant, BigDecimal> hours(String value, int... hoursOfDay) {
        Map<Instant, BigDecimal> series = new HashMap<>();
        for (int hour : hoursOfDay) {
            series.put(BeijingTime.hourEnd(DAY, hour), d(value));
        }
        return series;
    }

    private static int[] range(int fromHour, int toHour) {
        return IntStream.rangeClosed(fromHour, toHour).toArray();
    }

    @Test
    void aDailyMeanNeedsTwentyHourlyValues() {
        AveragedConcentration nineteen = AGGREGATOR.dailyMean(Pollutant.PM25, DAY, hours("40", range(1, 19)));
        assertFalse(nineteen.valid());
        assertEquals(Optional.empty(), nineteen.concentration(), "invalid, never zero");
        assertEquals(19, nineteen.coverage());
        assertEquals(20, nineteen.requiredCoverage());

        AveragedConcentration twenty = AGGREGATOR.dailyMean(Pollutant.PM25, DAY, hours("40", range(1, 20)));
        assertTrue(twenty.valid());
        assertThat(twenty.concentration().orElseThrow()).isEqualByComparingTo(d("40"));
        assertEquals(20, twenty.coverage());
    }

    @Test
    void theDayHoldsTheValuesLabelled0100To2400() {
        Map<Instant, BigDecimal> series = hours("10", range(1, 24));
        series.put(BeijingTime.hourEnd(DAY, 1).minus(Duration.ofHours(1)), d("1000")); // 00:00 closes the day before
        series.put(BeijingTime.hourEnd(DAY.plusDays(1), 1), d("1000")); // 01:00 of the next day
        AveragedConcentration mean = AGGREGATOR.dailyMean(Pollutant.SO2, DAY, series);
        assertEquals(24, mean.coverage());
        assertEquals(d("10"), mean.concentration().orElseThrow());
        assertEquals(DAY.atStartOfDay(BeijingTime.ZONE).toInstant(), mean.periodStart());
        assertEquals(DAY.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant(), mean.periodEnd());

        Map<Instant, BigDecimal> withoutMidnight = hours("10", range(1, 23));
        withoutMidnight.put(BeijingTime.hourEnd(DAY, 1).minus(Duration.ofHours(1)), d("10"));
        assertEquals(23, AGGREGATOR.dailyMean(Pollutant.SO2, DAY, withoutMidnight).coverage(),
                "the value labelled 00:00 of the day belongs to the day before");
    }

    @Test
    void meansAreExactOrKeptTenDecimalsBeyondTheInputs() {
        Map<Instant, BigDecimal> terminating = hours("35", range(1, 12));
        terminating.putAll(hours("36", range(13, 24)));
        assertEquals(d("35.5"), AGGREGATOR.dailyMean(Pollutant.PM25, DAY, terminating).concentration().orElseThrow());

        // 21 values with one decimal summing to 745.4: 35.495238095238… kept to 1 + 10 decimals.
        Map<Instant, BigDecimal> repeating = hours("35.5", range(1, 20));
        repeating.put(BeijingTime.hourEnd(DAY, 21), d("35.4"));
        BigDecimal mean = AGGREGATOR.dailyMean(Pollutant.PM25, DAY, repeating).concentration().orElseThrow();
        assertEquals(d("35.49523809524"), mean);

        AirQualityIndexCalculator calculator = new AirQualityIndexCalculator();
        assertEquals(d("35"), calculator.concentrationUsed(AqiEdition.HJ633_2026, AqiIndicator.PM25_24H, mean));
        assertEquals(d("36"), calculator.concentrationUsed(AqiEdition.HJ633_2026, AqiIndicator.PM25_24H,
                AGGREGATOR.dailyMean(Pollutant.PM25, DAY, terminating).concentration().orElseThrow()));
    }

    @Test
    void anEightHourWindowNeedsSixValues() {
        Instant end = BeijingTime.hourEnd(DAY, 14);
        AveragedConcentration five = AGGREGATOR.ozoneEightHourMovingAverage(end, hours("120", 7, 8, 9, 10, 11));
        assertFalse(five.valid());
        assertEquals(5, five.coverage());
        assertEquals(6, five.requiredCoverage());

        AveragedConcentration six = AGGREGATOR.ozoneEightHourMovingAverage(end, hours("120", 7, 8, 9, 10, 11, 14));
        assertTrue(six.valid());
        assertEquals(6, six.coverage());
        assertThat(six.concentration().orElseThrow()).isEqualByComparingTo(d("120"));

        AveragedConcentration outsideWindow = AGGREGATOR.ozoneEightHourMovingAverage(end,
                hours("120", 6, 7, 8, 9, 10, 11));
        assertEquals(5, outsideWindow.coverage(), "the window ending 14:00 holds the values labelled 07:00 … 14:00");
    }

    @Test
    void theDaysEightHourWindowsEndAt0800To2400AndHoldOnlyTheDaysHours() {
        Map<Instant, BigDecimal> ozone = hours("100", range(1, 24));
        for (int hour = 17; hour <= 24; hour++) {
            ozone.put(BeijingTime.hourEnd(DAY.minusDays(1), hour), d("400")); // a high evening the day before
        }
        List<AveragedConcentration> windows = AGGREGATOR.ozoneEightHourWindowsOfDay(DAY, ozone);
        assertEquals(17, windows.size());
        assertEquals(BeijingTime.hourEnd(DAY, 8), windows.get(0).periodEnd());
        assertEquals(BeijingTime.hourEnd(DAY, 24), windows.get(16).periodEnd());
        AveragedConcentration max = AGGREGATOR.ozoneDailyMaxEightHour(DAY, ozone);
        assertThat(max.concentration().orElseThrow()).isEqualByComparingTo(d("100"));
        assertEquals(17, max.coverage());

        DailyAggregationOptions crossingMidnight = new DailyAggregationOptions(20, 6, 1, 14, Optional.of(d("160")),
                20, 20, DailyAggregationOptions.Pm2012RealTimeBasis.TWENTY_FOUR_HOUR_MOVING_AVERAGE);
        AveragedConcentration withPreviousEvening = new DailyAirQualityAggregator(crossingMidnight)
                .ozoneDailyMaxEightHour(DAY, ozone);
        // The window ending 01:00 holds 7 hours of the day before at 400 and one hour at 100.
        assertEquals(d("362.5"), withPreviousEvening.concentration().orElseThrow());
        assertEquals(24, withPreviousEvening.coverage());
    }

    @Test
    void theDailyMaximumEightHourValueNeedsFourteenValidWindows() {
        // Hours 01:00 … 19:00 give valid windows ending 08:00 … 21:00 (14); … 18:00 gives 13.
        AveragedConcentration fourteen = AGGREGATOR.ozoneDailyMaxEightHour(DAY, hours("100", range(1, 19)));
        assertTrue(fourteen.valid());
        assertEquals(14, fourteen.coverage());
        assertEquals(14, fourteen.requiredCoverage());

        AveragedConcentration thirteen = AGGREGATOR.ozoneDailyMaxEightHour(DAY, hours("100", range(1, 18)));
        assertFalse(thirteen.valid());
        assertEquals(13, thirteen.coverage());
    }

    @Test
    void fewerWindowsStillGiveAValidMaximumAboveTheLimit() {
        Map<Instant, BigDecimal> ozone = hours("150", range(1, 18));
        ozone.putAll(hours("170", 11, 12, 13, 14, 15, 16, 17, 18));
        AveragedConcentration exceeding = AGGREGATOR.ozoneDailyMaxEightHour(DAY, ozone);
        assertEquals(13, exceeding.coverage());
        assertThat(exceeding.concentration().orElseThrow()).isEqualByComparingTo(d("170"));

        Map<Instant, BigDecimal> atLimit = hours("160", range(1, 18));
        assertFalse(AGGREGATOR.ozoneDailyMaxEightHour(DAY, atLimit).valid(), "160 does not exceed 160");

        DailyAggregationOptions withoutException = new DailyAggregationOptions(20, 6, 8, 14, Optional.empty(), 20,
                20, DailyAggregationOptions.Pm2012RealTimeBasis.TWENTY_FOUR_HOUR_MOVING_AVERAGE);
        assertFalse(new DailyAirQualityAggregator(withoutException).ozoneDailyMaxEightHour(DAY, ozone).valid());
    }

    @Test
    void theDailyMaximumOneHourValue() {
        Map<Instant, BigDecimal> ozone = hours("100", range(1, 19));
        ozone.put(BeijingTime.hourEnd(DAY, 14), d("230"));
        assertFalse(AGGREGATOR.ozoneDailyMaxOneHour(DAY, ozone).valid());
        ozone.put(BeijingTime.hourEnd(DAY, 20), d("90"));
        AveragedConcentration max = AGGREGATOR.ozoneDailyMaxOneHour(DAY, ozone);
        assertEquals(d("230"), max.concentration().orElseThrow());
        assertEquals(20, max.coverage());
    }

    @Test
    void aStationDayFeedsTheDailyReportOfEachEdition() {
        Map<Pollutant, Map<Instant, BigDecimal>> hourly = new EnumMap<>(Pollutant.class);
        hourly.put(Pollutant.SO2, hours("8", range(1, 24)));
        hourly.put(Pollutant.NO2, hours("30", range(1, 24)));
        hourly.put(Pollutant.PM10, hours("90", range(1, 19)));
        hourly.put(Pollutant.PM25, hours("80", range(1, 24)));
        hourly.put(Pollutant.CO, hours("0.8", range(1, 24)));
        Map<Instant, BigDecimal> ozone = hours("100", range(1, 24));
        ozone.put(BeijingTime.hourEnd(DAY, 15), d("260"));
        hourly.put(Pollutant.O3, ozone);

        StationDailyValues values = AGGREGATOR.daily(DAY, hourly);
        assertFalse(values.dailyMeans().get(Pollutant.PM10).valid());
        assertEquals(17, values.ozoneEightHourWindows().size());
        assertEquals(d("120"), values.ozoneDailyMaxEightHour().concentration().orElseThrow());
        assertEquals(d("260"), values.ozoneDailyMaxOneHour().concentration().orElseThrow());

        Map<AqiIndicator, BigDecimal> for2012 = values.indicatorValues(AqiEdition.HJ633_2012);
        assertEquals(Map.of(AqiIndicator.SO2_24H, d("8"), AqiIndicator.NO2_24H, d("30"),
                AqiIndicator.PM25_24H, d("80"), AqiIndicator.CO_24H, d("0.8"),
                AqiIndicator.O3_1H, d("260"), AqiIndicator.O3_8H, d("120")), for2012);
        Map<AqiIndicator, BigDecimal> for2026 = values.indicatorValues(AqiEdition.HJ633_2026);
        assertFalse(for2026.containsKey(AqiIndicator.O3_1H));
        assertFalse(for2026.containsKey(AqiIndicator.PM10_24H), "an invalid daily mean is left out");

        AirQualityIndexCalculator calculator = new AirQualityIndexCalculator();
        AirQualityIndex daily2012 = calculator.calculate(AqiEdition.HJ633_2012, AqiReportKind.DAILY, for2012);
        // O3 daily max 1h 260 → 100 + 50/100·60 = 130, above PM2.5 80 → 107 and O3 8h 120 → 67.
        assertEquals(OptionalInt.of(130), daily2012.aqi());
        assertEquals(Set.of(AqiIndicator.O3_1H), daily2012.primaryIndicators());
        assertEquals(List.of(AqiIndicator.PM10_24H), daily2012.missingIndicators());

        AirQualityIndex daily2026 = calculator.calculate(AqiEdition.HJ633_2026, AqiReportKind.DAILY, for2026);
        assertEquals(OptionalInt.of(119), daily2026.aqi(), "2026 has no O3 1-hour value in the daily report");
        assertEquals(Set.of(Pollutant.PM25), daily2026.primaryPollutants());
    }

    @Test
    void realTimeValuesOf2012UseMovingAverages() {
        Instant hourEnd = BeijingTime.hourEnd(DAY, 5);
        Map<Pollutant, Map<Instant, BigDecimal>> hourly = new EnumMap<>(Pollutant.class);
        Map<Instant, BigDecimal> pm25 = new HashMap<>();
        for (int back = 0; back < 24; back++) {
            pm25.put(hourEnd.minus(Duration.ofHours(back)), d(back == 0 ? "200" : "40"));
        }
        pm25.put(hourEnd.minus(Duration.ofHours(24)), d("999")); // just outside the 24 hours
        hourly.put(Pollutant.PM25, pm25);
        Map<Instant, BigDecimal> ozone = new HashMap<>();
        for (int back = 0; back < 6; back++) { // 06:00 … 05:00 across midnight: 6 of the 8 hours
            ozone.put(hourEnd.minus(Duration.ofHours(back)), d("90"));
        }
        hourly.put(Pollutant.O3, ozone);
        hourly.put(Pollutant.SO2, Map.of(hourEnd, d("20")));

        Map<AqiIndicator, BigDecimal> values = AGGREGATOR.realTimeIndicatorValues(AqiEdition.HJ633_2012, hourEnd,
                hourly);
        // (23·40 + 200) / 24 from integers: kept to 10 decimals.
        assertEquals(d("46.6666666667"), values.get(AqiIndicator.PM25_24H));
        assertEquals(d("90"), values.get(AqiIndicator.O3_1H));
        assertThat(values.get(AqiIndicator.O3_8H)).isEqualByComparingTo(d("90"));
        assertEquals(d("20"), values.get(AqiIndicator.SO2_1H));
        assertFalse(values.containsKey(AqiIndicator.SO2_24H), "one SO2 hour is no valid 24-hour moving average");
        assertFalse(values.containsKey(AqiIndicator.PM10_24H));

        Map<AqiIndicator, BigDecimal> values2026 = AGGREGATOR.realTimeIndicatorValues(AqiEdition.HJ633_2026,
                hourEnd, hourly);
        assertEquals(d("200"), values2026.get(AqiIndicator.PM25_24H), "2026 rates the 1-hour value");
        assertFalse(values2026.containsKey(AqiIndicator.O3_8H));

        DailyAggregationOptions oneHourPm = new DailyAggregationOptions(20, 6, 8, 14, Optional.of(d("160")), 20,
                20, DailyAggregationOptions.Pm2012RealTimeBasis.ONE_HOUR_VALUE);
        assertEquals(d("200"), new DailyAirQualityAggregator(oneHourPm)
                .realTimeIndicatorValues(AqiEdition.HJ633_2012, hourEnd, hourly).get(AqiIndicator.PM25_24H));
    }

    @Test
    void movingAveragesHaveTheirOwnValidity() {
        Instant end = BeijingTime.hourEnd(DAY, 3);
        Map<Instant, BigDecimal> nineteen = new HashMap<>();
        for (int back = 0; back < 19; back++) {
            nineteen.put(end.minus(Duration.ofHours(back)), d("50"));
        }
        AveragedConcentration invalid = AGGREGATOR.twentyFourHourMovingAverage(Pollutant.PM10, end, nineteen);
        assertFalse(invalid.valid());
        assertEquals(19, invalid.coverage());
        nineteen.put(end.minus(Duration.ofHours(23)), d("70"));
        AveragedConcentration valid = AGGREGATOR.twentyFourHourMovingAverage(Pollutant.PM10, end, nineteen);
        assertEquals(d("51"), valid.concentration().orElseThrow());
        assertEquals(end.minus(Duration.ofHours(24)), valid.periodStart());
    }

    @Test
    void hourlyValuesMustBeLabelledByWholeHoursAndNotNegative() {
        Map<Instant, BigDecimal> offHour = hours("10", range(1, 24));
        offHour.put(BeijingTime.hourEnd(DAY, 3).plusSeconds(1800), d("10"));
        assertThrows(IllegalArgumentException.class, () -> AGGREGATOR.dailyMean(Pollutant.NO2, DAY, offHour));
        Map<Instant, BigDecimal> negative = hours("10", range(1, 24));
        negative.put(BeijingTime.hourEnd(DAY, 3), d("-1"));
        assertThrows(IllegalArgumentException.class, () -> AGGREGATOR.dailyMean(Pollutant.NO2, DAY, negative));
    }

    @Test
    void defaultValidityRulesAreThoseOfTheGb3095Table() {
        Map<String, String> byAveraging = new HashMap<>();
        for (Map<String, String> row : StandardCsv.read("/standards/gb3095_validity.csv")) {
            byAveraging.put(row.get("averaging"), row.get("minimum_requirement"));
        }
        DailyAggregationOptions defaults = DailyAggregationOptions.defaults();
        assertEquals(firstNumberAfterAtLeast(byAveraging.get("daily (24h)")), defaults.minimumHoursForDailyMean());
        assertEquals(firstNumberAfterAtLeast(byAveraging.get("8h")), defaults.minimumHoursInEightHourWindow());
        String dailyMax8h = byAveraging.get("daily max 8h");
        assertEquals(firstNumberAfterAtLeast(dailyMax8h), defaults.minimumValidEightHourWindows());
        assertTrue(dailyMax8h.contains("ending 08:00..24:00"));
        assertEquals(8, defaults.firstEightHourWindowEndHour());
    }

    private static int firstNumberAfterAtLeast(String requirement) {
        Matcher matcher = Pattern.compile(">=(\\d+)").matcher(requirement);
        assertTrue(matcher.find(), requirement);
        return Integer.parseInt(matcher.group(1));
    }
}
