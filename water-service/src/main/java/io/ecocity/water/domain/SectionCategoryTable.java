package io.ecocity.water.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Section class → qualitative status, from {@code standards/water_section_categories.csv}. */
public final class SectionCategoryTable {

    public static final String RESOURCE = "/standards/water_section_categories.csv";

    private final Map<WaterClass, WaterQualityStatus> statusByClass;

    private SectionCategoryTable(Map<WaterClass, WaterQualityStatus> statusByClass) {
        this.statusByClass = statusByClass;
    }

    public static SectionCategoryTable loadFromClasspath() {
        Map<WaterClass, WaterQualityStatus> statusByClass = new EnumMap<>(WaterClass.class);
        for (StandardsCsv.Row row : StandardsCsv.readClasspath(RESOURCE)) {
            statusByClass.put(classOf(row.get("water_class")), WaterQualityStatus.fromChineseName(row.get("qualitative_cn")));
        }
        for (WaterClass waterClass : WaterClass.values()) {
            if (!statusByClass.containsKey(waterClass)) {
                throw new IllegalStateException(RESOURCE + " has no row for class " + waterClass);
            }
        }
        return new SectionCategoryTable(statusByClass);
    }

    public WaterQualityStatus status(WaterClass waterClass) {
        return statusByClass.get(Objects.requireNonNull(waterClass));
    }

    private static WaterClass classOf(String cell) {
        // the 劣V row carries an English gloss: "劣V (worse than V)"
        if (cell.startsWith("劣V")) {
            return WaterClass.WORSE_THAN_V;
        }
        return WaterClass.valueOf(cell);
    }
}
