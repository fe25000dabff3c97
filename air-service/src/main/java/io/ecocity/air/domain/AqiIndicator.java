package io.ecocity.air.domain;

/**
 * The columns of the HJ 633 IAQI breakpoint table. An indicator names the breakpoints, not how the value was
 * obtained: PM10_24H also rates the 2026 real-time PM10 1-hour value and the 2012 PM10 24-hour moving average,
 * and O3_8H rates both an 8-hour moving average and a daily maximum 8-hour value.
 */
public enum AqiIndicator {
    SO2_24H(Pollutant.SO2, AveragingPeriod.TWENTY_FOUR_HOURS),
    SO2_1H(Pollutant.SO2, AveragingPeriod.ONE_HOUR),
    NO2_24H(Pollutant.NO2, AveragingPeriod.TWENTY_FOUR_HOURS),
    NO2_1H(Pollutant.NO2, AveragingPeriod.ONE_HOUR),
    PM10_24H(Pollutant.PM10, AveragingPeriod.TWENTY_FOUR_HOURS),
    PM25_24H(Pollutant.PM25, AveragingPeriod.TWENTY_FOUR_HOURS),
    CO_24H(Pollutant.CO, AveragingPeriod.TWENTY_FOUR_HOURS),
    CO_1H(Pollutant.CO, AveragingPeriod.ONE_HOUR),
    O3_1H(Pollutant.O3, AveragingPeriod.ONE_HOUR),
    O3_8H(Pollutant.O3, AveragingPeriod.EIGHT_HOURS);

    private final Pollutant pollutant;
    private final AveragingPeriod averagingPeriod;

    AqiIndicator(Pollutant pollutant, AveragingPeriod averagingPeriod) {
        this.pollutant = pollutant;
        this.averagingPeriod = averagingPeriod;
    }

    public Pollutant pollutant() {
        return pollutant;
    }

    public AveragingPeriod averagingPeriod() {
        return averagingPeriod;
    }

    /** The indicator named as in the standards tables and the API ({@code SO2_24H}, …). */
    public static AqiIndicator fromTableName(String name) {
        for (AqiIndicator indicator : values()) {
            if (indicator.name().equals(name)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("unknown AQI indicator '" + name + "'");
    }
}
