package io.ecocity.logger.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The HJ 212-2017 pollutant codes (Appendix B) this gateway forwards, with the names the suite's events use: the
 * air pollutants of air-observation.v1 (µg/m³, CO mg/m³) and the GB 3838 item codes of water-sample.v1.
 */
public enum MonitoredItem {
    SO2("a21026", Kind.AIR, "so2"),
    NO2("a21004", Kind.AIR, "no2"),
    PM10("a34002", Kind.AIR, "pm10"),
    PM25("a34004", Kind.AIR, "pm25"),
    CO("a21005", Kind.AIR, "co"),
    O3("a05024", Kind.AIR, "o3"),
    PH("w01001", Kind.WATER, "PH"),
    DO("w01009", Kind.WATER, "DO"),
    CODMN("w01019", Kind.WATER, "CODMn"),
    COD("w01018", Kind.WATER, "COD"),
    NH3N("w21003", Kind.WATER, "NH3N"),
    TP("w21011", Kind.WATER, "TP"),
    TN("w21001", Kind.WATER, "TN"),
    WT("w01010", Kind.WATER, "WT");

    /** What a logger monitors: an air station or a water section. */
    public enum Kind { AIR, WATER }

    private static final Map<String, MonitoredItem> BY_CODE = Map.ofEntries(
            java.util.Arrays.stream(values()).map(item -> Map.entry(item.code, item)).toArray(Map.Entry[]::new));

    private final String code;
    private final Kind kind;
    private final String eventName;

    MonitoredItem(String code, Kind kind, String eventName) {
        this.code = code;
        this.kind = kind;
        this.eventName = eventName;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String eventName() {
        return eventName;
    }

    public static Optional<MonitoredItem> ofCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
