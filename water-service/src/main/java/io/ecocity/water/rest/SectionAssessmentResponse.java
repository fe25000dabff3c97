package io.ecocity.water.rest;

import io.ecocity.water.domain.ClassChange;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityStatus;
import io.ecocity.water.service.PeriodAssessmentService.SectionReport;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section over a period: the mean of each item over the period's samples, then its class")
public record SectionAssessmentResponse(
        String sectionId,
        String name,
        String river,
        String town,
        String period,
        LocalDate from,
        LocalDate to,
        int sampleCount,
        @Schema(description = "Whether the period had the configured minimum of samples (quarter: 2 by default [U])")
        boolean sufficientSamples,
        String waterClass,
        String waterClassLabel,
        String status,
        String targetClass,
        boolean meetsTarget,
        List<ClassificationResponse.Item> itemMeans,
        List<ClassificationResponse.Item> mainPollutants,
        @Schema(description = "The class over the same days a year before") String lastYearClass,
        @Schema(description = "e.g. \"IV → III, improved\"") String classChange,
        @Schema(enumeration = {"IMPROVED", "WORSENED", "UNCHANGED"}) String classChangeDirection) {

    static SectionAssessmentResponse of(SectionReport r, Function<WaterClass, WaterQualityStatus> statusOf) {
        var result = r.result();
        return new SectionAssessmentResponse(r.section().sectionId, r.section().name, r.section().river, r.section().town,
                r.label(), result.period().from(), result.period().to(), result.sampleCount(), result.sufficientSamples(),
                result.waterClass().map(WaterClass::name).orElse(null),
                result.waterClass().map(WaterClass::label).orElse(null),
                result.waterClass().map(statusOf).map(WaterQualityStatus::chineseName).orElse(null),
                r.targetClass().name(), r.meetsTarget(),
                result.assessment().items().stream().map(ClassificationResponse.Item::of).toList(),
                result.assessment().mainPollutants().stream().map(ClassificationResponse.Item::of).toList(),
                r.lastYear().waterClass().map(WaterClass::name).orElse(null),
                r.change().map(ClassChange::describe).orElse(null),
                r.direction().map(Enum::name).orElse(null));
    }
}
