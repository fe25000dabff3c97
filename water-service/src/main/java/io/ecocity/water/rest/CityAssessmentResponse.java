package io.ecocity.water.rest;

import io.ecocity.water.domain.CityWaterSummary;
import io.ecocity.water.domain.ChangeDirection;
import io.ecocity.water.domain.RiverSystemGrading;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityStatus;
import io.ecocity.water.service.PeriodAssessmentService.CityReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The city's assessed sections over a period (2011 method)")
public record CityAssessmentResponse(
        String period,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Sections that count in the city assessment and had an evaluated item in the period")
        int assessedSections,
        int goodSections,
        @Schema(description = "水质优良比例: I–III over assessed sections, rounded once for display (default 1 decimal)")
        BigDecimal goodSharePercent,
        int worseThanVSections,
        BigDecimal worseThanVSharePercent,
        @Schema(description = "Share of assessed sections meeting their target class") BigDecimal meetingTargetSharePercent,
        BigDecimal goodSharePercentLastYear,
        @Schema(description = "The city's sections graded as one system (water_river_system_grading.csv)") Grading grading,
        List<RiverGrading> rivers,
        List<String> sectionsImproved,
        List<String> sectionsWorsened,
        List<SectionAssessmentResponse> sections) {

    @Schema(description = "Fewer sections than the table's threshold (5): class of the per-item means over the "
            + "sections (SECTION_MEAN); otherwise the shares of I–III and 劣V (CLASS_PROPORTION)")
    public record Grading(String status, String method, int sectionCount, BigDecimal goodSharePercent,
            BigDecimal worseThanVSharePercent) {
    }

    public record RiverGrading(String river, Grading grading) {
    }

    static CityAssessmentResponse of(CityReport report, Function<WaterClass, WaterQualityStatus> statusOf,
            Function<io.ecocity.water.domain.Share, BigDecimal> percent) {
        CityWaterSummary s = report.summary();
        return new CityAssessmentResponse(report.label(), report.period().from(), report.period().to(),
                s.sectionsAssessed(), s.goodShare().count(), s.goodPercent().orElse(null), s.worseThanVShare().count(),
                s.worseThanVPercent().orElse(null), s.meetingTargetPercent().orElse(null),
                report.lastYear().flatMap(CityWaterSummary::goodPercent).orElse(null),
                report.grading().map(g -> grading(g, percent)).orElse(null),
                report.rivers().stream().map(r -> new RiverGrading(r.river(), grading(r.grading(), percent))).toList(),
                report.sectionsChanged(ChangeDirection.IMPROVED), report.sectionsChanged(ChangeDirection.WORSENED),
                report.sections().stream().map(r -> SectionAssessmentResponse.of(r, statusOf)).toList());
    }

    private static Grading grading(RiverSystemGrading g, Function<io.ecocity.water.domain.Share, BigDecimal> percent) {
        return new Grading(g.status().chineseName(), g.method().name(), g.sectionCount(), percent.apply(g.goodShare()),
                percent.apply(g.worseThanVShare()));
    }
}
