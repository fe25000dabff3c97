package io.ecocity.water.domain;

import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The choices docs/standards/rules.md §4 leaves open ([U]) or words ambiguously ([S]); {@link #defaults()} documents
 * the value used unless the service configures another.
 *
 * @param phOutsideRangeClass class of a pH outside 6–9. Default 劣V: both public implementations do
 *        this, Table 1 does not say it [U].
 * @param multipleDisplayScale decimals of a displayed exceedance multiple. Default 2; the one reprint
 *        seen suggests 1 [U].
 * @param multipleRounding rounding of a displayed multiple. Default half-up [U].
 * @param mainPollutantCount how many main pollutants a section lists. Default 3 [S].
 * @param itemsListedFirstWhenExceeding items that, when worse than class III, lead the main-pollutant
 *        list and are never cut by the count ("氰化物或铅、铬等重金属"). Default CN, Hg, Cd, Cr6, Pb,
 *        As; the wording is "such as", so the set is a reading [S/U].
 * @param totalNitrogenInLakeClass whether TN counts in a lake's class. Default false: the 2011 method
 *        evaluates TN separately as a reference item [S].
 */
public record WaterClassificationOptions(
        WaterClass phOutsideRangeClass,
        int multipleDisplayScale,
        RoundingMode multipleRounding,
        int mainPollutantCount,
        Set<WaterQualityItem> itemsListedFirstWhenExceeding,
        boolean totalNitrogenInLakeClass) {

    public WaterClassificationOptions {
        Objects.requireNonNull(phOutsideRangeClass);
        Objects.requireNonNull(multipleRounding);
        if (multipleDisplayScale < 0) {
            throw new IllegalArgumentException("multipleDisplayScale must not be negative");
        }
        if (mainPollutantCount < 1) {
            throw new IllegalArgumentException("mainPollutantCount must be at least 1");
        }
        itemsListedFirstWhenExceeding = itemsListedFirstWhenExceeding.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(itemsListedFirstWhenExceeding));
    }

    public static WaterClassificationOptions defaults() {
        return new WaterClassificationOptions(WaterClass.WORSE_THAN_V, 2, RoundingMode.HALF_UP, 3,
                EnumSet.of(WaterQualityItem.CN, WaterQualityItem.Hg, WaterQualityItem.Cd,
                        WaterQualityItem.Cr6, WaterQualityItem.Pb, WaterQualityItem.As),
                false);
    }

    public WaterClassificationOptions withMultipleDisplayScale(int scale, RoundingMode rounding) {
        return new WaterClassificationOptions(phOutsideRangeClass, scale, rounding, mainPollutantCount,
                itemsListedFirstWhenExceeding, totalNitrogenInLakeClass);
    }

    public WaterClassificationOptions withPhOutsideRangeClass(WaterClass waterClass) {
        return new WaterClassificationOptions(waterClass, multipleDisplayScale, multipleRounding,
                mainPollutantCount, itemsListedFirstWhenExceeding, totalNitrogenInLakeClass);
    }

    public WaterClassificationOptions withItemsListedFirstWhenExceeding(Set<WaterQualityItem> items) {
        return new WaterClassificationOptions(phOutsideRangeClass, multipleDisplayScale, multipleRounding,
                mainPollutantCount, items, totalNitrogenInLakeClass);
    }

    public WaterClassificationOptions withTotalNitrogenInLakeClass(boolean include) {
        return new WaterClassificationOptions(phOutsideRangeClass, multipleDisplayScale, multipleRounding,
                mainPollutantCount, itemsListedFirstWhenExceeding, include);
    }
}
