package io.ecocity.water.service;

import io.ecocity.water.domain.AssessmentPeriod;
import io.ecocity.water.domain.ChangeDirection;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.domain.CityWaterSummary;
import io.ecocity.water.domain.ClassChange;
import io.ecocity.water.domain.PeriodKind;
import io.ecocity.water.domain.RiverSystemGrading;
import io.ecocity.water.domain.SectionPeriodAssessment;
import io.ecocity.water.domain.SectionPeriodResult;
import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.repository.SectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sections and the city over a period by the 2011 method: each section's item means and class, the same days a
 * year before, the city's shares over the assessed sections and the grading of each river and of the city.
 */
@ApplicationScoped
public class PeriodAssessmentService {

    private final SectionPeriodAssessment periodAssessment;
    private final CityWaterAssessment cityAssessment;
    private final WaterDataReader reader;

    public PeriodAssessmentService(SectionPeriodAssessment periodAssessment, CityWaterAssessment cityAssessment,
            WaterDataReader reader) {
        this.periodAssessment = periodAssessment;
        this.cityAssessment = cityAssessment;
        this.reader = reader;
    }

    /** A section over the period and over the same days a year before. */
    public record SectionReport(SectionEntity section, String label, SectionPeriodResult result,
            SectionPeriodResult lastYear, Optional<ClassChange> change, WaterClass targetClass) {

        public boolean meetsTarget() {
            return result.waterClass().map(c -> c.meets(targetClass)).orElse(false);
        }

        public Optional<ChangeDirection> direction() {
            return change.map(ClassChange::direction);
        }
    }

    public record RiverReport(String river, RiverSystemGrading grading) {
    }

    public record CityReport(String label, AssessmentPeriod period, CityWaterSummary summary,
            Optional<CityWaterSummary> lastYear, Optional<RiverSystemGrading> grading, List<RiverReport> rivers,
            List<SectionReport> sections) {

        public List<String> sectionsChanged(ChangeDirection direction) {
            return sections.stream().filter(s -> s.direction().filter(d -> d == direction).isPresent())
                    .map(s -> s.section().sectionId).toList();
        }
    }

    public SectionReport section(SectionEntity section, String label, AssessmentPeriod period) {
        Map<String, List<WaterSample>> samples = reader.samples(List.of(section.sectionId), period.from().minusYears(1),
                period.to());
        return section(section, label, period, samples.get(section.sectionId), reader.targetClass(period.to().getYear(), section));
    }

    SectionReport section(SectionEntity section, String label, AssessmentPeriod period, List<WaterSample> samples,
            WaterClass targetClass) {
        SectionPeriodResult result = periodAssessment.assess(section.toDomain(), period, samples);
        SectionPeriodResult lastYear = periodAssessment.assess(section.toDomain(), yearBefore(period), samples);
        return new SectionReport(section, label, result, lastYear, SectionPeriodAssessment.yearOnYear(lastYear, result),
                targetClass);
    }

    /** The city over the period: the sections that count in the city assessment. */
    public CityReport city(String label, AssessmentPeriod period) {
        List<SectionEntity> assessed = reader.allSections().stream().filter(s -> s.assessed).toList();
        Map<String, List<WaterSample>> samples = reader.samples(assessed.stream().map(s -> s.sectionId).toList(),
                period.from().minusYears(1), period.to());
        return city(label, period, assessed, samples);
    }

    CityReport city(String label, AssessmentPeriod period, List<SectionEntity> assessed,
            Map<String, List<WaterSample>> samples) {
        Map<String, WaterClass> targets = reader.targetClasses(period.to().getYear(), assessed);
        Map<String, WaterClass> lastYearTargets = reader.targetClasses(period.to().getYear() - 1, assessed);
        List<SectionReport> reports = new ArrayList<>();
        for (SectionEntity section : assessed) {
            reports.add(section(section, label, period, samples.getOrDefault(section.sectionId, List.of()),
                    targets.get(section.sectionId)));
        }
        CityWaterSummary summary = cityAssessment.summarise(reports.stream().map(SectionReport::result).toList(), targets);
        CityWaterSummary lastYear = cityAssessment.summarise(reports.stream().map(SectionReport::lastYear).toList(),
                lastYearTargets);
        Optional<RiverSystemGrading> grading = grade(reports.stream().map(SectionReport::result).toList(), assessed);
        Map<String, List<SectionReport>> byRiver = new TreeMap<>();
        reports.forEach(r -> byRiver.computeIfAbsent(r.section().river, river -> new ArrayList<>()).add(r));
        List<RiverReport> rivers = new ArrayList<>();
        byRiver.forEach((river, ofRiver) -> grade(ofRiver.stream().map(SectionReport::result).toList(),
                ofRiver.stream().map(SectionReport::section).toList())
                .ifPresent(g -> rivers.add(new RiverReport(river, g))));
        return new CityReport(label, period, summary,
                lastYear.sectionsAssessed() > 0 ? Optional.of(lastYear) : Optional.empty(), grading, rivers, reports);
    }

    /**
     * Lakes and rivers have different TP limits; a system of lakes only is averaged with the lake limits, any
     * river among them makes it a river system.
     */
    private Optional<RiverSystemGrading> grade(Collection<SectionPeriodResult> results, Collection<SectionEntity> sections) {
        if (results.stream().noneMatch(r -> r.waterClass().isPresent())) {
            return Optional.empty();
        }
        WaterBodyType type = sections.stream().allMatch(s -> s.waterBodyType == WaterBodyType.LAKE_RESERVOIR)
                ? WaterBodyType.LAKE_RESERVOIR : WaterBodyType.RIVER;
        return Optional.of(cityAssessment.gradeRiverSystem(type, results));
    }

    static AssessmentPeriod yearBefore(AssessmentPeriod period) {
        return new AssessmentPeriod(period.kind(), period.from().minusYears(1), period.to().minusYears(1));
    }

    /** The domain's period kind (which sets the minimum samples) for a period the API names. */
    public static PeriodKind kindOf(String label, LocalDate from, LocalDate to) {
        if (label.matches("\\d{4}-W\\d{2}")) {
            return PeriodKind.WEEK;
        }
        if (label.matches("\\d{4}-\\d{2}")) {
            return PeriodKind.MONTH;
        }
        if (label.matches("\\d{4}-Q[1-4]")) {
            return PeriodKind.QUARTER;
        }
        if (label.matches("\\d{4}") || label.equalsIgnoreCase("ytd")) {
            return PeriodKind.YEAR;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return days <= 7 ? PeriodKind.WEEK : days <= 31 ? PeriodKind.MONTH : days <= 92 ? PeriodKind.QUARTER : PeriodKind.YEAR;
    }

}
