package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.water.domain.ItemAssessment;
import io.ecocity.water.domain.SampleAssessment;
import io.ecocity.water.domain.TargetCompliance;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.repository.SectionEntity;
import java.time.Instant;
import java.util.List;

/** The classification results as the event contracts carry them: class names, item codes, displayed multiples. */
final class AssessmentPayloads {

    private AssessmentPayloads() {
    }

    static WaterSampleAssessment sampleAssessed(SectionEntity section, Instant sampledAt, SampleAssessment assessment,
            TargetCompliance compliance, boolean correction) {
        List<WaterSampleAssessment.Item> items = assessment.items().stream()
                .map(item -> new WaterSampleAssessment.Item(item.item().code(), Decimals.plain(item.value()),
                        item.waterClass().map(WaterClass::name).orElse(null), item.displayedMultiple().orElse(null)))
                .toList();
        return new WaterSampleAssessment(section.sectionId, section.town, BeijingTime.of(sampledAt),
                section.waterBodyType.name(), assessment.sectionClass().orElseThrow().name(),
                compliance.targetClass().name(), compliance.meetsTarget(), items, codes(assessment.mainPollutants()),
                codes(compliance.itemsBreakingTarget()), correction);
    }

    static List<String> codes(List<ItemAssessment> items) {
        return items.stream().map(item -> item.item().code()).toList();
    }
}
