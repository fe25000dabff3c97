package io.ecocity.water.rest;

import io.ecocity.water.domain.Decimals;
import io.ecocity.water.domain.ItemAssessment;
import io.ecocity.water.domain.SampleAssessment;
import io.ecocity.water.domain.TargetCompliance;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sample (or a period's item means) classified by GB 3838-2002 Table 1 and the 2011 method.")
public record ClassificationResponse(
        String waterBodyType,
        @Schema(description = "Worst class of the 21 evaluated items (WT, TN and FC never count); null if none was given")
        String waterClass,
        @Schema(description = "Short label: I … V, 劣V") String waterClassLabel,
        @Schema(description = "Qualitative status: 优, 良好, 轻度污染, 中度污染, 重度污染") String status,
        List<Item> items,
        @Schema(description = "Only when worse than III: worst class first, then the larger multiple; cyanide and the "
                + "listed heavy metals lead (configuration)")
        List<Item> mainPollutants,
        List<String> itemsWorseThanClassIII,
        @Schema(description = "The target class the sample was held against, if one was given") String targetClass,
        Boolean meetsTarget,
        List<String> itemsBreakingTarget) {

    @Schema(description = "One item's result")
    public record Item(
            @Schema(description = "Code of gb3838_limits.csv", example = "NH3N") String item,
            String name,
            @Schema(description = "mg/L; pH dimensionless; FC count/L; WT °C") String unit,
            BigDecimal value,
            @Schema(description = "Null where the item has no class limit for this water body (WT; TN in a river)")
            String waterClass,
            boolean countsTowardSectionClass,
            @Schema(description = "(C − C_III)/C_III when worse than III, rounded for display as configured; never for WT, pH, DO")
            BigDecimal exceedanceMultiple) {

        static Item of(ItemAssessment a) {
            return new Item(a.item().code(), a.item().chineseName(), a.item().unit().symbol(), Decimals.plain(a.value()),
                    a.waterClass().map(WaterClass::name).orElse(null), a.countsTowardSectionClass(),
                    a.displayedMultiple().orElse(null));
        }
    }

    static ClassificationResponse of(SampleAssessment assessment, TargetCompliance compliance,
            Function<WaterClass, WaterQualityStatus> statusOf) {
        return new ClassificationResponse(assessment.bodyType().name(),
                assessment.sectionClass().map(WaterClass::name).orElse(null),
                assessment.sectionClass().map(WaterClass::label).orElse(null),
                assessment.sectionClass().map(statusOf).map(WaterQualityStatus::chineseName).orElse(null),
                assessment.items().stream().map(Item::of).toList(),
                assessment.mainPollutants().stream().map(Item::of).toList(),
                assessment.itemsWorseThanClassIII().stream().map(i -> i.item().code()).toList(),
                compliance == null ? null : compliance.targetClass().name(),
                compliance == null ? null : compliance.meetsTarget(),
                compliance == null ? null : compliance.itemsBreakingTarget().stream().map(i -> i.item().code()).toList());
    }
}
