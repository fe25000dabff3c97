package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a surface-water sample is classified: GB 3838-2002 Table 1 single-factor classes per item and the
 * 2011 evaluation method (环办〔2011〕22号) for the section class, exceedance multiples, main pollutants
 * and the comparison with a target class. docs/standards/rules.md §4.1–4.2.
 *
 * <ul>
 *   <li>An item's class is the best class whose limit the value meets: "at most" items ≤ limit, DO
 *       ≥ limit. A value equal to a limit is in that class, and where several classes share a limit
 *       the value takes the best of them (COD 15 is class I, not II).</li>
 *   <li>Beyond the class V limit the item is 劣V. pH has one range, 6–9, for every class: inside it the
 *       item is class I, outside it takes the configured class (default 劣V, [U]).</li>
 *   <li>Lakes and reservoirs use their own TP limits; TN has limits only for them, so a river's TN is
 *       reported without a class. WT has no class limit at all (Table 1 limits only man-made change).</li>
 *   <li>The section class is the worst class among the 21 evaluation items (Table 1 without WT, TN and
 *       FC); WT, TN and FC are reported beside it and never make it.</li>
 *   <li>超标倍数 = (C − C_III) / C_III for items worse than class III; not for WT, pH or DO, whose limits
 *       are not ceilings.</li>
 *   <li>Main pollutants, only for a section worse than class III: the evaluated items worse than class
 *       III, worst class first, then the larger multiple; items without a multiple (DO, pH) follow those
 *       with one in the same class. Cyanide and the listed heavy metals lead the list when they exceed
 *       and are not cut by the count.</li>
 * </ul>
 */
public final class WaterQualityClassifier {

    private final Gb3838LimitTable limits;
    private final WaterClassificationOptions options;

    public WaterQualityClassifier(Gb3838LimitTable limits, WaterClassificationOptions options) {
        this.limits = Objects.requireNonNull(limits);
        this.options = Objects.requireNonNull(options);
    }

    /** Classifier over the classpath table with the documented defaults. */
    public static WaterQualityClassifier withDefaults() {
        return new WaterQualityClassifier(Gb3838LimitTable.loadFromClasspath(), WaterClassificationOptions.defaults());
    }

    public Gb3838LimitTable limits() {
        return limits;
    }

    public WaterClassificationOptions options() {
        return options;
    }

    /** The item's class, absent where the item has no class limit for this water body. */
    public Optional<WaterClass> classifyItem(WaterQualityItem item, BigDecimal value, WaterBodyType bodyType) {
        Objects.requireNonNull(value, "value");
        return limits.limitsFor(item, bodyType).flatMap(itemLimits -> classify(itemLimits, value));
    }

    /** The exact multiple, present only for an "at most" item worse than class III. */
    public Optional<ExceedanceMultiple> exceedanceMultiple(WaterQualityItem item, BigDecimal value, WaterBodyType bodyType) {
        Optional<ItemLimits> itemLimits = limits.limitsFor(item, bodyType);
        if (itemLimits.isEmpty() || itemLimits.get().direction() != LimitDirection.AT_MOST) {
            return Optional.empty();
        }
        BigDecimal classIII = itemLimits.get().limit(WaterClass.III).orElseThrow();
        return value.compareTo(classIII) > 0
                ? Optional.of(ExceedanceMultiple.of(value, classIII))
                : Optional.empty();
    }

    /** Whether the item makes the section class for this water body. */
    public boolean countsTowardSectionClass(WaterQualityItem item, WaterBodyType bodyType) {
        if (item == WaterQualityItem.TN) {
            return bodyType == WaterBodyType.LAKE_RESERVOIR && options.totalNitrogenInLakeClass();
        }
        return limits.evaluationSet().contains(item) && limits.limitsFor(item, bodyType).isPresent();
    }

    public SampleAssessment assess(WaterBodyType bodyType, Map<WaterQualityItem, BigDecimal> values) {
        Objects.requireNonNull(bodyType, "bodyType");
        Map<WaterQualityItem, BigDecimal> ordered = new EnumMap<>(WaterQualityItem.class);
        ordered.putAll(values);
        List<ItemAssessment> items = new ArrayList<>();
        Optional<WaterClass> sectionClass = Optional.empty();
        for (Map.Entry<WaterQualityItem, BigDecimal> entry : ordered.entrySet()) {
            ItemAssessment assessment = assessItem(entry.getKey(), entry.getValue(), bodyType);
            items.add(assessment);
            if (assessment.countsTowardSectionClass() && assessment.waterClass().isPresent()) {
                WaterClass itemClass = assessment.waterClass().get();
                sectionClass = Optional.of(sectionClass.map(c -> WaterClass.worst(c, itemClass)).orElse(itemClass));
            }
        }
        List<ItemAssessment> mainPollutants = sectionClass.filter(c -> c.isWorseThan(WaterClass.III)).isPresent()
                ? mainPollutants(items)
                : List.of();
        return new SampleAssessment(bodyType, items, sectionClass, mainPollutants);
    }

    public TargetCompliance compliance(SampleAssessment assessment, WaterClass targetClass) {
        List<ItemAssessment> breaking = assessment.items().stream()
                .filter(ItemAssessment::countsTowardSectionClass)
                .filter(item -> item.isWorseThan(targetClass))
                .toList();
        return new TargetCompliance(targetClass, breaking.isEmpty(), breaking);
    }

    private ItemAssessment assessItem(WaterQualityItem item, BigDecimal value, WaterBodyType bodyType) {
        Objects.requireNonNull(value, () -> "no value for " + item);
        Optional<WaterClass> itemClass = classifyItem(item, value, bodyType);
        Optional<ExceedanceMultiple> multiple = exceedanceMultiple(item, value, bodyType);
        Optional<BigDecimal> displayed = multiple.map(m -> m.rounded(options.multipleDisplayScale(), options.multipleRounding()));
        return new ItemAssessment(item, value, itemClass, countsTowardSectionClass(item, bodyType), multiple, displayed);
    }

    private Optional<WaterClass> classify(ItemLimits itemLimits, BigDecimal value) {
        switch (itemLimits.direction()) {
            case NONE:
                return Optional.empty();
            case RANGE:
                boolean inside = value.compareTo(itemLimits.rangeLow().orElseThrow()) >= 0
                        && value.compareTo(itemLimits.rangeHigh().orElseThrow()) <= 0;
                return Optional.of(inside ? WaterClass.I : options.phOutsideRangeClass());
            case AT_MOST:
            case AT_LEAST:
                // best class first, so equal limits across classes resolve to the better class
                for (WaterClass waterClass : WaterClass.limitedClasses()) {
                    int comparison = value.compareTo(itemLimits.limit(waterClass).orElseThrow());
                    boolean meets = itemLimits.direction() == LimitDirection.AT_MOST ? comparison <= 0 : comparison >= 0;
                    if (meets) {
                        return Optional.of(waterClass);
                    }
                }
                return Optional.of(WaterClass.WORSE_THAN_V);
            default:
                throw new IllegalStateException("unhandled direction " + itemLimits.direction());
        }
    }

    private List<ItemAssessment> mainPollutants(List<ItemAssessment> items) {
        Comparator<ItemAssessment> byClassThenMultiple = Comparator
                .comparing((ItemAssessment item) -> item.waterClass().orElseThrow()).reversed()
                .thenComparing(item -> item.exceedanceMultiple().orElse(null),
                        Comparator.nullsLast(Comparator.<ExceedanceMultiple>reverseOrder()))
                .thenComparing(ItemAssessment::item);
        List<ItemAssessment> candidates = items.stream()
                .filter(ItemAssessment::countsTowardSectionClass)
                .filter(item -> item.isWorseThan(WaterClass.III))
                .sorted(byClassThenMultiple)
                .toList();
        List<ItemAssessment> result = new ArrayList<>(candidates.stream()
                .filter(item -> options.itemsListedFirstWhenExceeding().contains(item.item()))
                .toList());
        for (ItemAssessment candidate : candidates) {
            if (result.size() >= options.mainPollutantCount()) {
                break;
            }
            if (!result.contains(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }
}
