package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Progress against the year's water targets on a given day, the allowance left to a section off its
 * target, and week/month/quarter checkpoints.
 *
 * <p>Section status on a day (year to date = 1 January up to and including the day):
 * <ul>
 *   <li>ON_TRACK: the year-to-date class meets the target and so does the latest sample.</li>
 *   <li>AT_RISK: the year-to-date class meets the target but the latest sample breaks it; or the class
 *       breaks it and every item can still be brought back with attainable means over the samples
 *       left; or there is no year-to-date class yet (nothing to show the target is held).</li>
 *   <li>OFF_TRACK: the class breaks the target and no sample remains, or some item needs an
 *       unattainable mean (a maximum at or below zero, a DO minimum above the configured ceiling).</li>
 * </ul>
 *
 * <p>City status on a day, over the sections that have a target:
 * <ul>
 *   <li>OFF_TRACK: even if every AT_RISK section that could be good ends the year good, the good share
 *       misses the target; or more sections are stuck in 劣V (cannot reach class V this year) than are
 *       allowed.</li>
 *   <li>ON_TRACK: the good sections that are ON_TRACK alone meet the share target, and the sections now
 *       劣V by year to date or latest sample are within the allowance.</li>
 *   <li>AT_RISK: otherwise.</li>
 * </ul>
 */
public final class WaterTargetProgress {

    private static final BigDecimal PH_SCALE_MAX = BigDecimal.valueOf(14);

    private final SectionPeriodAssessment periodAssessment;
    private final CityWaterAssessment cityAssessment;
    private final TargetProgressOptions options;

    public WaterTargetProgress(SectionPeriodAssessment periodAssessment, CityWaterAssessment cityAssessment,
                               TargetProgressOptions options) {
        this.periodAssessment = Objects.requireNonNull(periodAssessment);
        this.cityAssessment = Objects.requireNonNull(cityAssessment);
        this.options = Objects.requireNonNull(options);
    }

    /**
     * The mean the remaining samples need for the annual mean of all samples to land exactly on the limit:
     * (limit·(n_done + n_remaining) − sum_done) / n_remaining. Absent when no sample remains.
     */
    public static Optional<BigDecimal> requiredMeanOfRemaining(BigDecimal limit, BigDecimal sumDone, int samplesDone, int samplesRemaining) {
        if (samplesRemaining <= 0) {
            return Optional.empty();
        }
        BigDecimal numerator = requiredSumOfRemaining(limit, sumDone, samplesDone, samplesRemaining);
        return Optional.of(numerator.divide(BigDecimal.valueOf(samplesRemaining), SectionPeriodAssessment.MEAN_PRECISION).stripTrailingZeros());
    }

    private static BigDecimal requiredSumOfRemaining(BigDecimal limit, BigDecimal sumDone, int samplesDone, int samplesRemaining) {
        return limit.multiply(BigDecimal.valueOf((long) samplesDone + samplesRemaining)).subtract(sumDone);
    }

    /**
     * For each evaluated item whose mean over the samples done is worse than the target class, the mean
     * the remaining samples need. Empty when the target is 劣V or nothing breaks it.
     */
    public List<RequiredImprovement> remainingAllowance(WaterBodyType bodyType, WaterClass targetClass,
                                                        Collection<WaterSample> samplesDone, int samplesRemaining) {
        WaterQualityClassifier classifier = periodAssessment.classifier();
        SampleAssessment current = classifier.assess(bodyType, SectionPeriodAssessment.itemMeans(samplesDone));
        List<RequiredImprovement> improvements = new ArrayList<>();
        for (ItemAssessment item : current.items()) {
            if (!item.countsTowardSectionClass() || !item.isWorseThan(targetClass)) {
                continue;
            }
            ItemLimits itemLimits = classifier.limits().limitsFor(item.item(), bodyType).orElseThrow();
            MeanBound bound;
            BigDecimal limit;
            switch (itemLimits.direction()) {
                case AT_MOST -> {
                    bound = MeanBound.MAXIMUM_MEAN;
                    limit = itemLimits.limit(targetClass).orElseThrow();
                }
                case AT_LEAST -> {
                    bound = MeanBound.MINIMUM_MEAN;
                    limit = itemLimits.limit(targetClass).orElseThrow();
                }
                case RANGE -> {
                    boolean tooLow = item.value().compareTo(itemLimits.rangeLow().orElseThrow()) < 0;
                    bound = tooLow ? MeanBound.MINIMUM_MEAN : MeanBound.MAXIMUM_MEAN;
                    limit = tooLow ? itemLimits.rangeLow().orElseThrow() : itemLimits.rangeHigh().orElseThrow();
                }
                default -> throw new IllegalStateException(item.item() + " has no class limit");
            }
            List<BigDecimal> values = samplesDone.stream()
                    .map(sample -> sample.values().get(item.item()))
                    .filter(Objects::nonNull)
                    .toList();
            BigDecimal sumDone = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Optional<BigDecimal> required = requiredMeanOfRemaining(limit, sumDone, values.size(), samplesRemaining);
            RoundingMode safeDirection = bound == MeanBound.MAXIMUM_MEAN ? RoundingMode.FLOOR : RoundingMode.CEILING;
            Optional<BigDecimal> displayed = required.map(r -> r.setScale(options.requiredMeanDisplayScale(), safeDirection));
            boolean attainable = samplesRemaining > 0
                    && isAttainable(item.item(), bound, requiredSumOfRemaining(limit, sumDone, values.size(), samplesRemaining), samplesRemaining);
            improvements.add(new RequiredImprovement(item.item(), bound, limit, item.value(), values.size(), sumDone,
                    Math.max(samplesRemaining, 0), required, displayed, attainable));
        }
        return improvements;
    }

    // decided on the required sum, not the rounded mean, so the answer is exact
    private boolean isAttainable(WaterQualityItem item, MeanBound bound, BigDecimal requiredSum, int samplesRemaining) {
        if (bound == MeanBound.MAXIMUM_MEAN) {
            return requiredSum.signum() > 0;
        }
        BigDecimal ceiling = item == WaterQualityItem.DO ? options.attainableDissolvedOxygenMax() : PH_SCALE_MAX;
        return requiredSum.compareTo(ceiling.multiply(BigDecimal.valueOf(samplesRemaining))) <= 0;
    }

    public SectionProgress sectionProgress(MonitoringSection section, WaterClass targetClass,
                                           Collection<WaterSample> samples, LocalDate day) {
        AssessmentPeriod yearToDate = AssessmentPeriod.year(day.getYear()).upTo(day);
        SectionPeriodResult result = periodAssessment.assess(section, yearToDate, samples);
        List<WaterSample> samplesDone = samples.stream()
                .filter(sample -> sample.sectionId().equals(section.id()))
                .filter(sample -> yearToDate.contains(sample.sampledOn()))
                .toList();
        Optional<TargetCompliance> latest = samplesDone.stream()
                .max(Comparator.comparing(WaterSample::sampledOn))
                .map(sample -> periodAssessment.classifier().compliance(
                        periodAssessment.classifier().assess(section.bodyType(), sample.values()), targetClass));
        int samplesRemaining = Math.max(0, options.plannedSamplesPerYear() - samplesDone.size());
        List<RequiredImprovement> improvements = List.of();
        TrackStatus status;
        if (result.waterClass().isEmpty()) {
            status = TrackStatus.AT_RISK;
        } else if (result.waterClass().get().meets(targetClass)) {
            status = latest.map(TargetCompliance::meetsTarget).orElse(true) ? TrackStatus.ON_TRACK : TrackStatus.AT_RISK;
        } else {
            improvements = remainingAllowance(section.bodyType(), targetClass, samplesDone, samplesRemaining);
            boolean recoverable = samplesRemaining > 0 && improvements.stream().allMatch(RequiredImprovement::attainable);
            status = recoverable ? TrackStatus.AT_RISK : TrackStatus.OFF_TRACK;
        }
        return new SectionProgress(section, targetClass, result, latest, samplesRemaining, status, improvements);
    }

    public CityProgress cityProgress(AnnualWaterTargets targets, Collection<SectionSamples> sections, LocalDate day) {
        if (day.getYear() != targets.year()) {
            throw new IllegalArgumentException("targets are for " + targets.year() + ", the day is in " + day.getYear());
        }
        List<SectionProgress> progress = new ArrayList<>();
        int secureGood = 0;
        int possibleGood = 0;
        int worseThanVNow = 0;
        int stuckInWorseThanV = 0;
        for (SectionSamples entry : sections) {
            Optional<WaterClass> target = targets.targetFor(entry.section().id());
            if (target.isEmpty()) {
                continue;
            }
            SectionProgress section = sectionProgress(entry.section(), target.get(), entry.samples(), day);
            progress.add(section);
            Optional<WaterClass> ytdClass = section.yearToDateClass();
            boolean good = ytdClass.map(WaterClass::isGood).orElse(false);
            if (good && section.status() == TrackStatus.ON_TRACK) {
                secureGood++;
            }
            boolean couldEndGood = good ? section.status() != TrackStatus.OFF_TRACK
                    : target.get().isGood() && section.status() == TrackStatus.AT_RISK;
            possibleGood += couldEndGood ? 1 : 0;
            boolean worseThanVYearToDate = ytdClass.orElse(WaterClass.I) == WaterClass.WORSE_THAN_V;
            boolean latestWorseThanV = section.latestSample().map(c -> c.itemsBreakingTarget().stream()
                    .anyMatch(item -> item.waterClass().orElse(WaterClass.I) == WaterClass.WORSE_THAN_V)).orElse(false);
            worseThanVNow += worseThanVYearToDate || latestWorseThanV ? 1 : 0;
            if (worseThanVYearToDate && !canLeaveWorseThanV(entry, section, day)) {
                stuckInWorseThanV++;
            }
        }
        int withTarget = progress.size();
        CityWaterSummary summary = cityAssessment.summarise(
                progress.stream().map(SectionProgress::yearToDate).toList(), targets.sectionTargetClasses());
        TrackStatus status;
        if (!cityAssessment.meetsShareTarget(new Share(possibleGood, withTarget), targets.goodSharePercentAtLeast())
                || stuckInWorseThanV > targets.worseThanVSectionsAllowed()) {
            status = TrackStatus.OFF_TRACK;
        } else if (cityAssessment.meetsShareTarget(new Share(secureGood, withTarget), targets.goodSharePercentAtLeast())
                && worseThanVNow <= targets.worseThanVSectionsAllowed()) {
            status = TrackStatus.ON_TRACK;
        } else {
            status = TrackStatus.AT_RISK;
        }
        return new CityProgress(day, targets, summary.goodShare(), summary.goodPercent(),
                cityAssessment.meetsShareTarget(summary.goodShare(), targets.goodSharePercentAtLeast()),
                summary.worseThanVShare().count(), status, progress);
    }

    private boolean canLeaveWorseThanV(SectionSamples entry, SectionProgress section, LocalDate day) {
        AssessmentPeriod yearToDate = AssessmentPeriod.year(day.getYear()).upTo(day);
        List<WaterSample> done = entry.samples().stream()
                .filter(sample -> sample.sectionId().equals(entry.section().id()))
                .filter(sample -> yearToDate.contains(sample.sampledOn()))
                .toList();
        return section.samplesRemaining() > 0
                && remainingAllowance(entry.section().bodyType(), WaterClass.V, done, section.samplesRemaining())
                        .stream().allMatch(RequiredImprovement::attainable);
    }

    /** A period's classes and shares against the annual targets. */
    public PeriodCheckpoint checkpoint(AnnualWaterTargets targets, AssessmentPeriod period, Collection<SectionSamples> sections) {
        List<SectionCheckpoint> checkpoints = new ArrayList<>();
        List<SectionPeriodResult> results = new ArrayList<>();
        for (SectionSamples entry : sections) {
            SectionPeriodResult result = periodAssessment.assess(entry.section(), period, entry.samples());
            results.add(result);
            Optional<WaterClass> target = targets.targetFor(entry.section().id());
            boolean meets = result.waterClass().isPresent() && target.map(t -> result.waterClass().get().meets(t)).orElse(true);
            checkpoints.add(new SectionCheckpoint(entry.section().id(), result.waterClass(), target, meets,
                    result.sampleCount(), result.sufficientSamples()));
        }
        CityWaterSummary summary = cityAssessment.summarise(results, targets.sectionTargetClasses());
        int worseThanV = summary.worseThanVShare().count();
        return new PeriodCheckpoint(period, checkpoints, summary.goodShare(), summary.goodPercent(),
                cityAssessment.meetsShareTarget(summary.goodShare(), targets.goodSharePercentAtLeast()),
                worseThanV, worseThanV <= targets.worseThanVSectionsAllowed());
    }
}
