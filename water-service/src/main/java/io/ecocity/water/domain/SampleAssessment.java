package io.ecocity.water.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sample (or a period's item means) classified by the single-factor method.
 *
 * @param items every item given, in Table 1 order
 * @param sectionClass worst class of the evaluated items; absent when none of them was given
 * @param mainPollutants up to the configured count, only when the section is worse than class III
 */
public record SampleAssessment(
        WaterBodyType bodyType,
        List<ItemAssessment> items,
        Optional<WaterClass> sectionClass,
        List<ItemAssessment> mainPollutants) {

    public SampleAssessment {
        Objects.requireNonNull(bodyType);
        items = List.copyOf(items);
        Objects.requireNonNull(sectionClass);
        mainPollutants = List.copyOf(mainPollutants);
    }

    public Optional<ItemAssessment> item(WaterQualityItem item) {
        return items.stream().filter(assessment -> assessment.item() == item).findFirst();
    }

    /** Items worse than class III, each with its exceedance multiple where one is defined. */
    public List<ItemAssessment> itemsWorseThanClassIII() {
        return items.stream().filter(assessment -> assessment.isWorseThan(WaterClass.III)).toList();
    }
}
