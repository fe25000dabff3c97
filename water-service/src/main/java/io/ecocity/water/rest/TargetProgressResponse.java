package io.ecocity.water.rest;

import io.ecocity.events.common.TargetProgress;
import io.ecocity.water.domain.RequiredImprovement;
import io.ecocity.water.domain.SectionProgress;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.service.TargetProgressService.KeyedProgress;
import io.ecocity.water.service.TargetProgressService.ProgressReport;
import io.ecocity.water.domain.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress against a year's water targets on a day")
public record TargetProgressResponse(
        int year,
        LocalDate asOf,
        @Schema(description = "ON_TRACK, AT_RISK or OFF_TRACK; null when the year has no city targets") String cityStatus,
        @Schema(description = "The same payloads as ecocity.water.target-progress.v1") List<TargetProgress> indicators,
        List<Section> sections) {

    public record Section(String sectionId, String targetClass, String yearToDateClass, int samplesDone,
            int samplesRemaining, Boolean latestSampleMeetsTarget, String status,
            @Schema(description = "For a section off its target: each item to improve and the mean the remaining samples "
                    + "need for the year's mean to reach the target class limit (rounded in the safe direction)")
            List<Improvement> improvements) {

        static Section of(SectionProgress p) {
            return new Section(p.section().id(), p.targetClass().name(),
                    p.yearToDateClass().map(WaterClass::name).orElse(null), p.yearToDate().sampleCount(),
                    p.samplesRemaining(), p.latestSample().map(c -> c.meetsTarget()).orElse(null), p.status().name(),
                    p.improvements().stream().map(Improvement::of).toList());
        }
    }

    public record Improvement(String item, String unit,
            @Schema(enumeration = {"MAXIMUM_MEAN", "MINIMUM_MEAN"}) String bound, BigDecimal targetLimit,
            BigDecimal currentMean, int samplesDone, int samplesRemaining, BigDecimal requiredMean, boolean attainable) {

        static Improvement of(RequiredImprovement r) {
            return new Improvement(r.item().code(), r.item().unit().symbol(), r.bound().name(),
                    Decimals.plain(r.targetLimit()), Decimals.plain(r.currentMean()),
                    r.samplesDone(), r.samplesRemaining(),
                    r.displayedRequiredMean().map(Decimals::plain).orElse(null), r.attainable());
        }

    }

    static TargetProgressResponse of(ProgressReport report) {
        return new TargetProgressResponse(report.year(), report.asOf(),
                report.city().map(c -> c.status().name()).orElse(null),
                report.indicators().stream().map(KeyedProgress::payload).toList(),
                report.sections().stream().map(Section::of).toList());
    }
}
