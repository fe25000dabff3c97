package io.ecocity.water.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 24 items of GB 3838-2002 Table 1. Constant names are the API codes of {@code gb3838_limits.csv}
 * (mixed case on purpose: they travel unchanged into JSON and query parameters).
 */
public enum WaterQualityItem {
    WT("水温", Unit.DEGREE_CELSIUS),
    PH("pH值", Unit.DIMENSIONLESS),
    DO("溶解氧", Unit.MILLIGRAM_PER_LITRE),
    CODMn("高锰酸盐指数", Unit.MILLIGRAM_PER_LITRE),
    COD("化学需氧量", Unit.MILLIGRAM_PER_LITRE),
    BOD5("五日生化需氧量", Unit.MILLIGRAM_PER_LITRE),
    NH3N("氨氮", Unit.MILLIGRAM_PER_LITRE),
    TP("总磷", Unit.MILLIGRAM_PER_LITRE),
    TN("总氮", Unit.MILLIGRAM_PER_LITRE),
    Cu("铜", Unit.MILLIGRAM_PER_LITRE),
    Zn("锌", Unit.MILLIGRAM_PER_LITRE),
    F("氟化物", Unit.MILLIGRAM_PER_LITRE),
    Se("硒", Unit.MILLIGRAM_PER_LITRE),
    As("砷", Unit.MILLIGRAM_PER_LITRE),
    Hg("汞", Unit.MILLIGRAM_PER_LITRE),
    Cd("镉", Unit.MILLIGRAM_PER_LITRE),
    Cr6("铬(六价)", Unit.MILLIGRAM_PER_LITRE),
    Pb("铅", Unit.MILLIGRAM_PER_LITRE),
    CN("氰化物", Unit.MILLIGRAM_PER_LITRE),
    VPhenol("挥发酚", Unit.MILLIGRAM_PER_LITRE),
    Oil("石油类", Unit.MILLIGRAM_PER_LITRE),
    LAS("阴离子表面活性剂", Unit.MILLIGRAM_PER_LITRE),
    S2("硫化物", Unit.MILLIGRAM_PER_LITRE),
    FC("粪大肠菌群", Unit.COUNT_PER_LITRE);

    /** Units as the standard writes them; {@link #tableCode()} is the spelling of the CSV's unit column. */
    public enum Unit {
        MILLIGRAM_PER_LITRE("mg/L", "mg/L"),
        DIMENSIONLESS("无量纲", "dimensionless"),
        COUNT_PER_LITRE("个/L", "count/L"),
        DEGREE_CELSIUS("°C", "degC");

        private final String symbol;
        private final String tableCode;

        Unit(String symbol, String tableCode) {
            this.symbol = symbol;
            this.tableCode = tableCode;
        }

        public String symbol() {
            return symbol;
        }

        public String tableCode() {
            return tableCode;
        }
    }

    private static final Map<String, WaterQualityItem> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WaterQualityItem::code, Function.identity()));

    private final String chineseName;
    private final Unit unit;

    WaterQualityItem(String chineseName, Unit unit) {
        this.chineseName = chineseName;
        this.unit = unit;
    }

    public String code() {
        return name();
    }

    public String chineseName() {
        return chineseName;
    }

    public Unit unit() {
        return unit;
    }

    /** Exact, case-sensitive code lookup, so "Cd" and "CD" are not silently confused. */
    public static WaterQualityItem fromCode(String code) {
        WaterQualityItem item = BY_CODE.get(code);
        if (item == null) {
            throw new IllegalArgumentException("unknown water quality item code: " + code);
        }
        return item;
    }
}
