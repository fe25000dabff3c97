package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** GB 3838-2002 Table 1 as loaded from {@code standards/gb3838_limits.csv} on the classpath. */
public final class Gb3838LimitTable {

    public static final String RESOURCE = "/standards/gb3838_limits.csv";

    private final Map<WaterBodyType, Map<WaterQualityItem, ItemLimits>> limitsByBodyType;
    private final Set<WaterQualityItem> evaluationSet;

    private Gb3838LimitTable(Map<WaterBodyType, Map<WaterQualityItem, ItemLimits>> limitsByBodyType,
                             Set<WaterQualityItem> evaluationSet) {
        this.limitsByBodyType = limitsByBodyType;
        this.evaluationSet = Collections.unmodifiableSet(evaluationSet);
    }

    public static Gb3838LimitTable loadFromClasspath() {
        return fromRows(StandardsCsv.readClasspath(RESOURCE));
    }

    static Gb3838LimitTable fromRows(List<StandardsCsv.Row> rows) {
        Map<WaterBodyType, Map<WaterQualityItem, ItemLimits>> byType = new EnumMap<>(WaterBodyType.class);
        for (WaterBodyType type : WaterBodyType.values()) {
            byType.put(type, new EnumMap<>(WaterQualityItem.class));
        }
        Set<WaterQualityItem> evaluationSet = EnumSet.noneOf(WaterQualityItem.class);
        for (StandardsCsv.Row row : rows) {
            WaterQualityItem item = WaterQualityItem.fromCode(row.get("code"));
            if (!item.unit().tableCode().equals(row.get("unit"))) {
                throw new IllegalStateException("line " + row.lineNumber() + ": unit " + row.get("unit")
                        + " differs from the unit of " + item);
            }
            boolean evaluated = "yes".equals(row.get("in_2011_21_item_evaluation"));
            if (evaluated) {
                evaluationSet.add(item);
            }
            LimitDirection direction = LimitDirection.fromTableCode(row.get("direction"));
            for (WaterBodyType type : appliesTo(row.get("applies_to"))) {
                ItemLimits limits = parseLimits(row, item, type, direction, evaluated);
                if (byType.get(type).put(item, limits) != null) {
                    throw new IllegalStateException("line " + row.lineNumber() + ": " + item
                            + " given twice for " + type);
                }
            }
        }
        return new Gb3838LimitTable(byType, evaluationSet);
    }

    /** Absent where the standard sets no limit for that water body: TN in a river. */
    public Optional<ItemLimits> limitsFor(WaterQualityItem item, WaterBodyType bodyType) {
        return Optional.ofNullable(limitsByBodyType.get(bodyType).get(item));
    }

    /**
     * The 21 items of the 2011 evaluation method (Table 1 without WT, TN and FC), as the table's
     * {@code in_2011_21_item_evaluation} column marks them.
     */
    public Set<WaterQualityItem> evaluationSet() {
        return evaluationSet;
    }

    private static Set<WaterBodyType> appliesTo(String code) {
        return switch (code) {
            case "all" -> EnumSet.allOf(WaterBodyType.class);
            case "river" -> EnumSet.of(WaterBodyType.RIVER);
            case "lake_reservoir" -> EnumSet.of(WaterBodyType.LAKE_RESERVOIR);
            default -> throw new IllegalArgumentException("unknown applies_to: " + code);
        };
    }

    private static ItemLimits parseLimits(StandardsCsv.Row row, WaterQualityItem item, WaterBodyType type,
                                          LimitDirection direction, boolean evaluated) {
        Map<WaterClass, BigDecimal> classLimits = new EnumMap<>(WaterClass.class);
        Optional<BigDecimal> low = Optional.empty();
        Optional<BigDecimal> high = Optional.empty();
        switch (direction) {
            case AT_MOST, AT_LEAST -> {
                for (WaterClass waterClass : WaterClass.limitedClasses()) {
                    classLimits.put(waterClass, new BigDecimal(row.get("class_" + waterClass.name())));
                }
            }
            case RANGE -> {
                String[] bounds = row.get("class_I").split("-");
                for (WaterClass waterClass : WaterClass.limitedClasses()) {
                    if (!row.get("class_" + waterClass.name()).equals(row.get("class_I"))) {
                        throw new IllegalStateException("line " + row.lineNumber()
                                + ": a range item must have the same range in every class");
                    }
                }
                low = Optional.of(new BigDecimal(bounds[0].strip()));
                high = Optional.of(new BigDecimal(bounds[1].strip()));
            }
            case NONE -> {
                // water temperature: Table 1 limits only man-made change, not a class
            }
        }
        return new ItemLimits(item, type, direction, classLimits, low, high, evaluated);
    }
}
