package io.ecocity.logger.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of one packet that count, and how many were left out by why. Only a value flagged N (or with no flag,
 * which the standard allows and means normal) is data; a value with another flag, an unknown flag or a number that is
 * not one (negative, unparsable, beyond the suite's digits) is left out of the event and counted under that reason.
 */
public record Readings(Map<MonitoredItem, BigDecimal> values, Map<String, Integer> leftOut) {

    /** Digits the suite keeps after the point (air-service and water-service refuse more). */
    public static final int MAX_DECIMALS = 6;
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final String INVALID = "invalid";
    public static final String UNKNOWN_FLAG = "unknown";

    /**
     * @param valueField the field that carries the value of the command: {@code Avg} for hourly, minute and daily
     *                   data, {@code Rtd} for real-time data
     */
    public static Readings of(CommandParameters cp, MonitoredItem.Kind kind, String valueField) {
        Map<MonitoredItem, BigDecimal> values = new EnumMap<>(MonitoredItem.class);
        Map<String, Integer> leftOut = new TreeMap<>();
        for (MonitoredItem item : MonitoredItem.values()) {
            if (item.kind() != kind) {
                continue;
            }
            String text = cp.get(item.code() + "-" + valueField);
            if (text == null) {
                continue;
            }
            String flagCode = cp.get(item.code() + "-Flag");
            DataFlag flag = flagCode == null ? DataFlag.N : DataFlag.of(flagCode);
            if (flag == null) {
                leftOut.merge(UNKNOWN_FLAG, 1, Integer::sum);
                continue;
            }
            if (flag != DataFlag.N) {
                leftOut.merge(flag.name(), 1, Integer::sum);
                continue;
            }
            BigDecimal value = number(text);
            if (value == null) {
                leftOut.merge(INVALID, 1, Integer::sum);
                continue;
            }
            values.put(item, value);
        }
        return new Readings(Collections.unmodifiableMap(values), Collections.unmodifiableMap(leftOut));
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty() || text.length() > 40 || !text.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        if (value.scale() > MAX_DECIMALS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
