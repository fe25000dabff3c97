package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.water.domain.AnnualWaterTargets;
import io.ecocity.water.domain.AssessmentPeriod;
import io.ecocity.water.domain.CityProgress;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.domain.PeriodCheckpoint;
import io.ecocity.water.domain.PeriodKind;
import io.ecocity.water.domain.RequiredImprovement;
import io.ecocity.water.domain.SectionCheckpoint;
import io.ecocity.water.domain.SectionProgress;
import io.ecocity.water.domain.SectionSamples;
import io.ecocity.water.domain.Share;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.domain.WaterTargetProgress;
import io.ecocity.water.repository.SectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Progress against a year's water targets on a day, as the {@code target-progress.v1} payloads carry it: the city's
 * good share and 劣V sections (when the year has targets) and each section's class against its target class, with
 * the week, month and quarter of the day as checkpoints. A class travels as its rank (I = 1 … 劣V = 6) with its label.
 */
@ApplicationScoped
public class TargetProgressService {

    public static final String WATER_GOOD_SHARE = "WATER_GOOD_SHARE";
    public static final String WORSE_THAN_V_SECTIONS = "WORSE_THAN_V_SECTIONS";
    public static final String SECTION_CLASS = "SECTION_CLASS";

    private final WaterTargetProgress progress;
    private final CityWaterAssessment cityAssessment;
    private final WaterDataReader reader;

    public TargetProgressService(WaterTargetProgress progress, CityWaterAssessment cityAssessment, WaterDataReader reader) {
        this.progress = progress;
        this.cityAssessment = cityAssessment;
        this.reader = reader;
    }

    /** The payload with the key it travels under on {@code water.targets}. */
    public record KeyedProgress(String key, TargetProgress payload) {
    }

    public record ProgressReport(int year, LocalDate asOf, Optional<CityProgress> city,
            List<SectionProgress> sections, List<KeyedProgress> indicators) {
    }

    /** The day progress is reported at: today in the year itself, the last day of a year that is over. */
    public static LocalDate asOfFor(int year, LocalDate today) {
        return year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
    }

    /**
     * Progress of the city and of the sections (all of them when {@code onlySections} is empty) on {@code asOf}.
     * Sections are those that count in the city assessment.
     */
    public ProgressReport report(int year, LocalDate asOf, Optional<Collection<String>> onlySections) {
        if (asOf.getYear() != year) {
            throw new IllegalArgumentException("asOf " + asOf + " is not in " + year);
        }
        List<SectionEntity> assessed = reader.allSections().stream().filter(s -> s.assessed).toList();
        Map<String, List<WaterSample>> samples = reader.samples(assessed.stream().map(s -> s.sectionId).toList(),
                LocalDate.of(year, 1, 1), asOf);
        Map<String, WaterClass> targetClasses = reader.targetClasses(year, assessed);
        List<SectionSamples> sectionSamples = assessed.stream()
                .map(s -> new SectionSamples(s.toDomain(), samples.get(s.sectionId))).toList();
        Map<String, SectionEntity> byId = assessed.stream().collect(Collectors.toMap(s -> s.sectionId, Function.identity()));

        List<KeyedProgress> indicators = new ArrayList<>();
        Optional<AnnualWaterTargets> targets = reader.annualTargets(year, assessed);
        Optional<CityProgress> city = targets.map(t -> progress.cityProgress(t, sectionSamples, asOf));
        if (city.isPresent()) {
            List<PeriodCheckpoint> checkpoints = checkpointPeriods(asOf).stream()
                    .map(period -> progress.checkpoint(targets.get(), period, sectionSamples)).toList();
            indicators.add(goodShare(city.get(), checkpoints));
            indicators.add(worseThanV(city.get(), checkpoints, sectionSamples));
        }
        List<SectionProgress> sectionProgress = new ArrayList<>();
        for (SectionSamples entry : sectionSamples) {
            String id = entry.section().id();
            if (onlySections.isPresent() && !onlySections.get().contains(id)) {
                continue;
            }
            SectionProgress section = progress.sectionProgress(entry.section(), targetClasses.get(id), entry.samples(), asOf);
            sectionProgress.add(section);
            indicators.add(sectionClass(byId.get(id), section, entry, asOf));
        }
        return new ProgressReport(year, asOf, city, sectionProgress, indicators);
    }

    private KeyedProgress goodShare(CityProgress city, List<PeriodCheckpoint> checkpoints) {
        AnnualWaterTargets targets = city.targets();
        Share share = city.yearToDateGoodShare();
        BigDecimal target = targets.goodSharePercentAtLeast();
        Optional<Integer> needed = sectionsNeeded(share.total(), target);
        Integer allowance = needed.map(n -> share.count() - n).orElse(null);
        String allowanceLabel = allowance == null ? null
                : allowance >= 0
                ? allowance + " of the " + share.count() + " good sections may slip below III and the share still meets ≥ "
                        + target.toPlainString() + " %"
                : (-allowance) + " more section(s) must reach class III to meet ≥ " + target.toPlainString() + " %";
        List<TargetProgress.Checkpoint> points = checkpoints.stream().map(c -> new TargetProgress.Checkpoint(
                c.period().kind().name(), label(c.period()), c.period().from(), c.period().to(), c.goodPercent().orElse(null),
                target, c.goodShare().total() == 0 ? "NO_DATA" : c.meetsGoodShareTarget() ? "ON_PACE" : "BEHIND_PACE"))
                .toList();
        TargetProgress payload = new TargetProgress("water", targets.year(), city.day(), "CITY", null, WATER_GOOD_SHARE,
                "水质优良（Ⅰ~Ⅲ类）断面比例", "%", "HIGHER_IS_BETTER", target, "≥ " + target.toPlainString() + " %",
                city.yearToDateGoodPercent().orElse(null),
                city.yearToDateGoodPercent().map(p -> p.toPlainString() + " % (" + share.count() + "/" + share.total() + ")")
                        .orElse(null),
                null, share.total() == 0 ? "NOT_ASSESSABLE" : city.status().name(),
                allowance == null ? null : BigDecimal.valueOf(allowance), allowanceLabel, points);
        return new KeyedProgress(targets.year() + ":CITY:" + WATER_GOOD_SHARE, payload);
    }

    /** The fewest good sections out of {@code total} whose displayed share reaches the target; absent if none do. */
    private Optional<Integer> sectionsNeeded(int total, BigDecimal target) {
        if (total == 0) {
            return Optional.empty();
        }
        for (int count = 0; count <= total; count++) {
            if (cityAssessment.meetsShareTarget(new Share(count, total), target)) {
                return Optional.of(count);
            }
        }
        return Optional.empty();
    }

    private KeyedProgress worseThanV(CityProgress city, List<PeriodCheckpoint> checkpoints, List<SectionSamples> sections) {
        AnnualWaterTargets targets = city.targets();
        int allowed = targets.worseThanVSectionsAllowed();
        int now = city.yearToDateWorseThanVSections();
        long stuck = city.sections().stream()
                .filter(s -> s.yearToDateClass().filter(c -> c == WaterClass.WORSE_THAN_V).isPresent())
                .filter(s -> !canReachClassV(s, sections, city.day()))
                .count();
        String status = stuck > allowed ? "OFF_TRACK" : now > allowed ? "AT_RISK" : "ON_TRACK";
        List<TargetProgress.Checkpoint> points = checkpoints.stream().map(c -> new TargetProgress.Checkpoint(
                c.period().kind().name(), label(c.period()), c.period().from(), c.period().to(),
                c.goodShare().total() == 0 ? null : BigDecimal.valueOf(c.worseThanVSections()), BigDecimal.valueOf(allowed),
                c.goodShare().total() == 0 ? "NO_DATA" : c.withinWorseThanVAllowance() ? "ON_PACE" : "BEHIND_PACE"))
                .toList();
        TargetProgress payload = new TargetProgress("water", targets.year(), city.day(), "CITY", null,
                WORSE_THAN_V_SECTIONS, "劣Ⅴ类断面数", "sections", "LOWER_IS_BETTER", BigDecimal.valueOf(allowed),
                "≤ " + allowed, BigDecimal.valueOf(now), now + " of " + city.yearToDateGoodShare().total(), null, status,
                BigDecimal.valueOf(allowed - now),
                allowed - now >= 0 ? (allowed - now) + " more 劣V section(s) allowed"
                        : (now - allowed) + " 劣V section(s) over the allowance",
                points);
        return new KeyedProgress(targets.year() + ":CITY:" + WORSE_THAN_V_SECTIONS, payload);
    }

    private boolean canReachClassV(SectionProgress section, List<SectionSamples> sections, LocalDate day) {
        List<WaterSample> done = sections.stream().filter(s -> s.section().id().equals(section.section().id()))
                .findFirst().map(SectionSamples::samples).orElse(List.of());
        return section.samplesRemaining() > 0 && progress.remainingAllowance(section.section().bodyType(), WaterClass.V,
                done, section.samplesRemaining()).stream().allMatch(RequiredImprovement::attainable);
    }

    private KeyedProgress sectionClass(SectionEntity entity, SectionProgress section, SectionSamples samples, LocalDate asOf) {
        int year = asOf.getYear();
        WaterClass target = section.targetClass();
        Optional<WaterClass> ytd = section.yearToDateClass();
        AnnualWaterTargets sectionOnly = new AnnualWaterTargets(year, BigDecimal.ZERO, 0, Map.of(entity.sectionId, target));
        List<TargetProgress.Checkpoint> points = checkpointPeriods(asOf).stream().map(period -> {
            PeriodCheckpoint checkpoint = progress.checkpoint(sectionOnly, period, List.of(samples));
            SectionCheckpoint own = checkpoint.sections().get(0);
            return new TargetProgress.Checkpoint(period.kind().name(), label(period), period.from(), period.to(),
                    own.waterClass().map(c -> BigDecimal.valueOf(c.rank())).orElse(null), BigDecimal.valueOf(target.rank()),
                    own.waterClass().isEmpty() ? "NO_DATA" : own.meetsTarget() ? "ON_PACE" : "BEHIND_PACE");
        }).toList();
        Optional<RequiredImprovement> first = section.improvements().stream().findFirst();
        String allowanceLabel = section.improvements().isEmpty() ? null : section.improvements().stream()
                .map(TargetProgressService::describe).collect(Collectors.joining("; "));
        TargetProgress payload = new TargetProgress("water", year, asOf, "SECTION", entity.sectionId, SECTION_CLASS,
                entity.name + " 水质类别", null, "LOWER_IS_BETTER", BigDecimal.valueOf(target.rank()), target.label(),
                ytd.map(c -> BigDecimal.valueOf(c.rank())).orElse(null), ytd.map(WaterClass::label).orElse(null), null,
                ytd.isEmpty() ? "NOT_ASSESSABLE" : section.status().name(),
                first.flatMap(RequiredImprovement::displayedRequiredMean).map(Decimals::plain).orElse(null),
                allowanceLabel, points);
        return new KeyedProgress(year + ":SECTION:" + entity.sectionId + ":" + SECTION_CLASS, payload);
    }

    /** "DO mean ≥ 5.234 mg/L over the 7 remaining samples (now 4.1)". */
    static String describe(RequiredImprovement improvement) {
        String unit = improvement.item().unit().symbol();
        String bound = improvement.bound() == io.ecocity.water.domain.MeanBound.MINIMUM_MEAN ? "≥" : "≤";
        String required = improvement.displayedRequiredMean().map(Decimals::plain).map(BigDecimal::toPlainString)
                .orElse("—");
        return improvement.item().code() + " mean " + bound + " " + required + " " + unit + " over the "
                + improvement.samplesRemaining() + " remaining samples (now " + Decimals.plain(improvement.currentMean())
                .toPlainString() + (improvement.attainable() ? ")" : ", not attainable)");
    }

    static List<AssessmentPeriod> checkpointPeriods(LocalDate day) {
        return List.of(AssessmentPeriod.containing(PeriodKind.WEEK, day), AssessmentPeriod.containing(PeriodKind.MONTH, day),
                AssessmentPeriod.containing(PeriodKind.QUARTER, day));
    }

    static String label(AssessmentPeriod period) {
        LocalDate from = period.from();
        return switch (period.kind()) {
            case WEEK -> String.format("%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR), from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", from.getYear(), from.getMonthValue());
            case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(from.getYear());
        };
    }

}
