package io.ecocity.water.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit of gb3838_limits.csv, read from the CSV text here, against the classifier: a value at each
 * class limit and one just past it, for each water body a row applies to. All real, nothing stubbed.
 */
class Gb3838LimitsTableTest {

    private static final WaterQualityClassifier CLASSIFIER = WaterFixtures.classifier();

    static Stream<Arguments> limitCases() {
        List<Arguments> cases = new ArrayList<>();
        for (StandardsCsv.Row row : StandardsCsv.readClasspath(Gb3838LimitTable.RESOURCE)) {
            String direction = row.get("direction");
            if (!direction.equals("le") && !direction.equals("ge")) {
                continue;
            }
            List<BigDecimal> limits = Stream.of("class_I", "class_II", "class_III", "class_IV", "class_V")
                    .map(column -> new BigDecimal(row.get(column))).toList();
            for (WaterBodyType bodyType : bodyTypes(row.get("applies_to"))) {
                for (int k = 0; k < 5; k++) {
                    BigDecimal limit = limits.get(k);
                    // the class a value equal to a limit takes: the first class carrying that limit
                    int firstWithLimit = 0;
                    while (limits.get(firstWithLimit).compareTo(limit) != 0) {
                        firstWithLimit++;
                    }
                    // just past it, the class after the last one carrying that limit, or 劣V after V
                    int lastWithLimit = k;
                    while (lastWithLimit + 1 < 5 && limits.get(lastWithLimit + 1).compareTo(limit) == 0) {
                        lastWithLimit++;
                    }
                    BigDecimal step = BigDecimal.ONE.movePointLeft(limit.scale() + 2);
                    BigDecimal past = direction.equals("le") ? limit.add(step) : limit.subtract(step);
                    String item = row.get("code");
                    cases.add(Arguments.of(item, bodyType, limit, WaterClass.values()[firstWithLimit]));
                    cases.add(Arguments.of(item, bodyType, past, WaterClass.values()[lastWithLimit + 1]));
                }
            }
        }
        return cases.stream();
    }

    private static Set<WaterBodyType> bodyTypes(String appliesTo) {
        return switch (appliesTo) {
            case "all" -> EnumSet.allOf(WaterBodyType.class);
            case "river" -> EnumSet.of(WaterBodyType.RIVER);
            case "lake_reservoir" -> EnumSet.of(WaterBodyType.LAKE_RESERVOIR);
            default -> throw new IllegalArgumentException(appliesTo);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("limitCases")
    void valueAtAndJustPastEachLimit(String code, WaterBodyType bodyType, BigDecimal value, WaterClass expected) {
        assertEquals(Optional.of(expected), CLASSIFIER.classifyItem(WaterQualityItem.fromCode(code), value, bodyType));
    }

    @Test
    void limitCasesCoverEveryLimitedItemInBothWaterBodies() {
        Set<String> covered = limitCases().map(args -> args.get()[0] + "/" + args.get()[1]).collect(Collectors.toSet());
        // 22 items with le/ge limits; TN only for lakes, TP with a row for each water body
        assertEquals(22 * 2 - 1, covered.size());
        assertTrue(covered.contains("TP/RIVER") && covered.contains("TP/LAKE_RESERVOIR") && covered.contains("TN/LAKE_RESERVOIR"));
    }

    @ParameterizedTest(name = "TP {0} river {1}, lake {2}")
    @CsvSource({
            "0.01, I, I",
            "0.02, I, II",
            "0.05, II, III",
            "0.1, II, IV",
            "0.2, III, V",
            "0.25, IV, WORSE_THAN_V",
    })
    void totalPhosphorusUsesTheLakeLimitsForLakes(BigDecimal tp, WaterClass river, WaterClass lake) {
        assertEquals(Optional.of(river), CLASSIFIER.classifyItem(WaterQualityItem.TP, tp, WaterBodyType.RIVER));
        assertEquals(Optional.of(lake), CLASSIFIER.classifyItem(WaterQualityItem.TP, tp, WaterBodyType.LAKE_RESERVOIR));
    }

    @Test
    void totalNitrogenHasNoClassInARiver() {
        assertEquals(Optional.empty(), CLASSIFIER.classifyItem(WaterQualityItem.TN, new BigDecimal("0.1"), WaterBodyType.RIVER));
        assertEquals(Optional.of(WaterClass.I), CLASSIFIER.classifyItem(WaterQualityItem.TN, new BigDecimal("0.1"), WaterBodyType.LAKE_RESERVOIR));
    }

    @ParameterizedTest(name = "DO {0} -> {1}")
    @CsvSource({
            "8, I", "7.5, I", "7.49, II", "6, II", "5.99, III", "5, III", "4.99, IV", "3, IV", "2.99, V", "2, V", "1.99, WORSE_THAN_V", "0, WORSE_THAN_V",
    })
    void dissolvedOxygenIsAtLeastItsLimit(BigDecimal value, WaterClass expected) {
        for (WaterBodyType bodyType : WaterBodyType.values()) {
            assertEquals(Optional.of(expected), CLASSIFIER.classifyItem(WaterQualityItem.DO, value, bodyType));
        }
    }

    @ParameterizedTest(name = "pH {0} -> {1}")
    @CsvSource({"5.99, WORSE_THAN_V", "6, I", "6.0, I", "7.5, I", "9, I", "9.00, I", "9.01, WORSE_THAN_V"})
    void phIsOneRangeForAllClasses(BigDecimal value, WaterClass expected) {
        for (WaterBodyType bodyType : WaterBodyType.values()) {
            assertEquals(Optional.of(expected), CLASSIFIER.classifyItem(WaterQualityItem.PH, value, bodyType));
        }
    }

    @Test
    void phOutsideTheRangeTakesTheConfiguredClass() {
        WaterQualityClassifier lenient = new WaterQualityClassifier(WaterFixtures.STANDARDS.limits(),
                WaterClassificationOptions.defaults().withPhOutsideRangeClass(WaterClass.V));
        assertEquals(Optional.of(WaterClass.V), lenient.classifyItem(WaterQualityItem.PH, new BigDecimal("9.2"), WaterBodyType.RIVER));
    }

    @Test
    void waterTemperatureHasNoClass() {
        for (WaterBodyType bodyType : WaterBodyType.values()) {
            assertEquals(Optional.empty(), CLASSIFIER.classifyItem(WaterQualityItem.WT, new BigDecimal("35"), bodyType));
        }
    }

    @Test
    void everyTableItemIsAnItemOfTheEnumWithItsUnit() {
        Set<WaterQualityItem> inTable = EnumSet.noneOf(WaterQualityItem.class);
        for (StandardsCsv.Row row : StandardsCsv.readClasspath(Gb3838LimitTable.RESOURCE)) {
            WaterQualityItem item = WaterQualityItem.fromCode(row.get("code"));
            assertEquals(row.get("unit"), item.unit().tableCode(), item.code());
            inTable.add(item);
        }
        assertEquals(EnumSet.allOf(WaterQualityItem.class), inTable);
    }

    @Test
    void theEvaluationSetIsTheTwentyOneItemsWithoutTemperatureNitrogenAndColiform() {
        Set<WaterQualityItem> expected = EnumSet.allOf(WaterQualityItem.class);
        expected.removeAll(EnumSet.of(WaterQualityItem.WT, WaterQualityItem.TN, WaterQualityItem.FC));
        assertEquals(21, expected.size());
        assertEquals(expected, WaterFixtures.STANDARDS.limits().evaluationSet());
    }
}
