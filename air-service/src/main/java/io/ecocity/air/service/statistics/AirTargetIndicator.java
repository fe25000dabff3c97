package io.ecocity.air.service.statistics;

import io.ecocity.air.domain.assessment.TargetIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How each air target is named and shown on air.targets and in the API: its contract code, name, unit and the
 * decimals of its figures. Progress figures carry one decimal more than a reported concentration, so a pace such
 * as 26.7 µg/m³ can be told from 27.
 */
public enum AirTargetIndicator {
    PM25_MEAN(TargetIndicator.PM25_ANNUAL_MEAN, "PM2.5 annual mean (PM2.5 年均浓度)", "µg/m³", 1),
    GOOD_DAY_RATIO(TargetIndicator.GOOD_DAY_RATIO, "Good-day ratio (优良天数比例)", "%", 1),
    COMPOSITE_INDEX(TargetIndicator.COMPOSITE_INDEX, "Composite index (环境空气质量综合指数)", null, 2),
    O3_P90(TargetIndicator.O3_PERCENTILE, "O3 daily maximum 8-hour 90th percentile (O3 日最大8小时第90百分位数)", "µg/m³", 1),
    HEAVY_POLLUTION_DAYS(TargetIndicator.HEAVILY_POLLUTED_DAYS, "Heavily polluted days (重污染天数, AQI level 5–6)", "days", 1);

    private final TargetIndicator indicator;
    private final String displayName;
    private final String unit;
    private final int scale;

    AirTargetIndicator(TargetIndicator indicator, String displayName, String unit, int scale) {
        this.indicator = indicator;
        this.displayName = displayName;
        this.unit = unit;
        this.scale = scale;
    }

    public static AirTargetIndicator of(TargetIndicator indicator) {
        for (AirTargetIndicator code : values()) {
            if (code.indicator == indicator) {
                return code;
            }
        }
        throw new IllegalArgumentException("no contract code for " + indicator);
    }

    public TargetIndicator indicator() {
        return indicator;
    }

    public String displayName() {
        return displayName;
    }

    public String unit() {
        return unit;
    }

    public int scale() {
        return scale;
    }

    public String direction() {
        return indicator.lowerIsBetter() ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
    }

    /** e.g. {@code ≤ 30 µg/m³}, {@code ≥ 85 %}, {@code ≤ 3.5}. */
    public String targetLabel(BigDecimal target) {
        return (indicator.lowerIsBetter() ? "≤ " : "≥ ") + withUnit(target);
    }

    public String withUnit(BigDecimal value) {
        String number = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return unit == null ? number : number + " " + unit;
    }

    public BigDecimal round(io.ecocity.air.domain.assessment.ExactFraction value) {
        return value.rounded(scale, RoundingMode.HALF_EVEN);
    }
}
