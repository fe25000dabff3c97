package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One station's statistics for a Beijing natural day: daily means of SO2, NO2, PM10, PM2.5 and CO, the O3 daily
 * maximum 8-hour and 1-hour values, and the 8-hour values the daily maximum was taken from.
 */
public record StationDailyValues(LocalDate day, Map<Pollutant, AveragedConcentration> dailyMeans,
                                 AveragedConcentration ozoneDailyMaxEightHour,
                                 AveragedConcentration ozoneDailyMaxOneHour,
                                 List<AveragedConcentration> ozoneEightHourWindows) {

    public StationDailyValues {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(ozoneDailyMaxEightHour, "ozoneDailyMaxEightHour");
        Objects.requireNonNull(ozoneDailyMaxOneHour, "ozoneDailyMaxOneHour");
        dailyMeans = Collections.unmodifiableMap(new EnumMap<>(dailyMeans));
        ozoneEightHourWindows = List.copyOf(ozoneEightHourWindows);
    }

    /** The valid values of the edition's daily report, keyed as {@link AirQualityIndexCalculator} expects. */
    public Map<AqiIndicator, BigDecimal> indicatorValues(AqiEdition edition) {
        Map<AqiIndicator, BigDecimal> values = new EnumMap<>(AqiIndicator.class);
        for (AqiIndicator indicator : AirQualityIndexCalculator.reportIndicators(edition, AqiReportKind.DAILY)) {
            AveragedConcentration statistic = switch (indicator) {
                case O3_8H -> ozoneDailyMaxEightHour;
                case O3_1H -> ozoneDailyMaxOneHour;
                default -> dailyMeans.get(indicator.pollutant());
            };
            if (statistic != null) {
                statistic.concentration().ifPresent(value -> values.put(indicator, value));
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
