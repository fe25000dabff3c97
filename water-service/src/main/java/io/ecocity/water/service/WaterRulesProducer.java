package io.ecocity.water.service;

import io.ecocity.water.config.WaterConfig;
import io.ecocity.water.domain.CityAssessmentOptions;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.domain.PeriodAggregationOptions;
import io.ecocity.water.domain.PeriodKind;
import io.ecocity.water.domain.SectionPeriodAssessment;
import io.ecocity.water.domain.TargetProgressOptions;
import io.ecocity.water.domain.TreatmentWorkProgress;
import io.ecocity.water.domain.WaterAlertOptions;
import io.ecocity.water.domain.WaterAlertRules;
import io.ecocity.water.domain.WaterClassificationOptions;
import io.ecocity.water.domain.WaterQualityClassifier;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.domain.WaterStandards;
import io.ecocity.water.domain.WaterTargetProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The domain's rule objects, built once from the standard tables and the configured readings. */
@ApplicationScoped
public class WaterRulesProducer {

    private final WaterConfig config;
    private final WaterStandards standards = WaterStandards.loadFromClasspath();

    public WaterRulesProducer(WaterConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    WaterStandards standards() {
        return standards;
    }

    @Produces
    @Singleton
    WaterQualityClassifier classifier() {
        WaterConfig.Classification c = config.classification();
        Set<WaterQualityItem> first = c.itemsListedFirstWhenExceeding().stream()
                .map(String::strip)
                .map(WaterQualityItem::fromCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WaterQualityItem.class)));
        return new WaterQualityClassifier(standards.limits(), new WaterClassificationOptions(c.phOutsideRangeClass(),
                c.multipleDisplayScale(), c.multipleRounding(), c.mainPollutantCount(), first, c.totalNitrogenInLakeClass()));
    }

    @Produces
    @Singleton
    SectionPeriodAssessment periodAssessment(WaterQualityClassifier classifier) {
        WaterConfig.Periods p = config.periods();
        return new SectionPeriodAssessment(classifier, new PeriodAggregationOptions(Map.of(
                PeriodKind.WEEK, p.minimumSamplesWeek(), PeriodKind.MONTH, p.minimumSamplesMonth(),
                PeriodKind.QUARTER, p.minimumSamplesQuarter(), PeriodKind.YEAR, p.minimumSamplesYear())));
    }

    @Produces
    @Singleton
    CityWaterAssessment cityAssessment(WaterQualityClassifier classifier) {
        WaterConfig.City c = config.city();
        return new CityWaterAssessment(classifier, standards.sectionCategories(), standards.riverGrading(),
                new CityAssessmentOptions(c.shareDisplayScale(), c.shareRounding(),
                        c.minimumSectionsForProportionMethod(), c.heavilyPollutedGoodShareBelow()));
    }

    @Produces
    @Singleton
    WaterTargetProgress targetProgress(SectionPeriodAssessment periodAssessment, CityWaterAssessment cityAssessment) {
        WaterConfig.Targets t = config.targets();
        return new WaterTargetProgress(periodAssessment, cityAssessment, new TargetProgressOptions(
                t.plannedSamplesPerYear(), t.attainableDissolvedOxygenMax(), t.requiredMeanDisplayScale()));
    }

    @Produces
    @Singleton
    WaterAlertRules alertRules(WaterQualityClassifier classifier) {
        return new WaterAlertRules(classifier, new WaterAlertOptions(config.alerts().monthlySampleDeadlineDay()));
    }

    @Produces
    @Singleton
    TreatmentWorkProgress treatmentProgress() {
        return new TreatmentWorkProgress(config.treatment().percentScale(), config.treatment().percentRounding());
    }
}
