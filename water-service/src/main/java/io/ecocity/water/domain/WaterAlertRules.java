package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Alerts on a section's samples against its target class, and on a month without a sample. */
public final class WaterAlertRules {

    private final WaterQualityClassifier classifier;
    private final WaterAlertOptions options;

    public WaterAlertRules(WaterQualityClassifier classifier, WaterAlertOptions options) {
        this.classifier = Objects.requireNonNull(classifier);
        this.options = Objects.requireNonNull(options);
    }

    /**
     * A sample worse than the target raises one alert naming the items that break it; DO below the
     * target class's DO limit raises its own alert as well, because that is followed as a problem of its own.
     */
    public List<WaterAlert> sampleAlerts(MonitoringSection section, WaterClass targetClass, WaterSample sample) {
        if (!sample.sectionId().equals(section.id())) {
            throw new IllegalArgumentException("sample of " + sample.sectionId() + " given for " + section.id());
        }
        List<WaterAlert> alerts = new ArrayList<>();
        SampleAssessment assessment = classifier.assess(section.bodyType(), sample.values());
        TargetCompliance compliance = classifier.compliance(assessment, targetClass);
        if (!compliance.meetsTarget()) {
            List<WaterQualityItem> items = compliance.itemsBreakingTarget().stream().map(ItemAssessment::item).toList();
            String described = compliance.itemsBreakingTarget().stream()
                    .map(item -> item.item().chineseName() + " " + item.waterClass().orElseThrow().chineseLabel())
                    .collect(Collectors.joining("、"));
            alerts.add(new WaterAlert(AlertType.WORSE_THAN_TARGET, section.id(), sample.sampledOn(), items,
                    section.name() + " " + assessment.sectionClass().orElseThrow().chineseLabel() + "，目标"
                            + targetClass.chineseLabel() + "；超标项目：" + described));
        }
        BigDecimal dissolvedOxygen = sample.values().get(WaterQualityItem.DO);
        Optional<BigDecimal> limit = classifier.limits().limitsFor(WaterQualityItem.DO, section.bodyType())
                .flatMap(doLimits -> doLimits.limit(targetClass));
        if (dissolvedOxygen != null && limit.isPresent() && dissolvedOxygen.compareTo(limit.get()) < 0) {
            alerts.add(new WaterAlert(AlertType.DISSOLVED_OXYGEN_BELOW_TARGET, section.id(), sample.sampledOn(),
                    List.of(WaterQualityItem.DO), section.name() + " 溶解氧 " + dissolvedOxygen.toPlainString()
                            + " mg/L，低于" + targetClass.chineseLabel() + "限值 " + limit.get().toPlainString() + " mg/L"));
        }
        return alerts;
    }

    /**
     * Raised once the deadline day of the month has passed (from the next day on) while no sample of the
     * section is dated in that month up to today.
     */
    public Optional<WaterAlert> missingMonthlySample(MonitoringSection section, YearMonth month,
                                                     Collection<WaterSample> samples, LocalDate today) {
        LocalDate deadline = month.atDay(Math.min(options.monthlySampleDeadlineDay(), month.lengthOfMonth()));
        if (!today.isAfter(deadline)) {
            return Optional.empty();
        }
        boolean sampled = samples.stream()
                .filter(sample -> sample.sectionId().equals(section.id()))
                .map(WaterSample::sampledOn)
                .anyMatch(day -> YearMonth.from(day).equals(month) && !day.isAfter(today));
        if (sampled) {
            return Optional.empty();
        }
        return Optional.of(new WaterAlert(AlertType.MISSING_MONTHLY_SAMPLE, section.id(), deadline, List.of(),
                section.name() + " " + month + " 截至 " + deadline + " 无监测数据"));
    }
}
