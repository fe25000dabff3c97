package io.ecocity.water.service;

import io.ecocity.events.EventType;
import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.water.domain.AssessmentPeriod;
import io.ecocity.water.domain.ChangeDirection;
import io.ecocity.water.domain.CityWaterSummary;
import io.ecocity.water.domain.PeriodKind;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.repository.RecomputeRequestEntity;
import io.ecocity.water.repository.RecomputeRequestRepository;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.service.PeriodAssessmentService.CityReport;
import io.ecocity.water.service.PeriodAssessmentService.SectionReport;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recomputes what the samples of a section-year feed, and announces it: the section's year to date
 * ({@code section-assessed}), the city's year ({@code city-assessed}) and the progress against the year's targets
 * ({@code target-progress}). Ingest only queues the section-years; this job folds the queue, so a batch of a
 * thousand samples is recomputed once per section-year, in one transaction with its events.
 */
@ApplicationScoped
public class RecomputeService {

    private static final int REQUESTS_PER_RUN = 1000;

    private final RecomputeRequestRepository requests;
    private final SampleRepository samples;
    private final WaterDataReader reader;
    private final PeriodAssessmentService assessments;
    private final TargetProgressService targetProgress;
    private final EventOutbox outbox;

    public RecomputeService(RecomputeRequestRepository requests, SampleRepository samples, WaterDataReader reader,
            PeriodAssessmentService assessments, TargetProgressService targetProgress, EventOutbox outbox) {
        this.requests = requests;
        this.samples = samples;
        this.reader = reader;
        this.assessments = assessments;
        this.targetProgress = targetProgress;
        this.outbox = outbox;
    }

    @Scheduled(every = "${ecocity.water.recompute.every}", delayed = "${ecocity.water.recompute.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recomputeQueued() {
        while (recomputePending() == REQUESTS_PER_RUN) {
            // a full page means more may wait
        }
    }

    /** Recomputes the queued section-years; returns how many requests it consumed. */
    @Transactional
    public int recomputePending() {
        List<RecomputeRequestEntity> pending = requests.oldestFirst(REQUESTS_PER_RUN);
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Integer, Set<String>> sectionsByYear = new TreeMap<>();
        pending.forEach(r -> sectionsByYear.computeIfAbsent(r.year, y -> new TreeSet<>()).add(r.sectionId));
        LocalDate today = BeijingTime.today();
        sectionsByYear.forEach((year, sectionIds) -> publishYear(year, sectionIds, today));
        requests.deleteByIds(pending.stream().map(r -> r.id).toList());
        return pending.size();
    }

    /**
     * Progress is reported as of today, so the current year's figures are announced again each day even without a
     * new sample: the samples remaining and the status move with the calendar.
     */
    @Scheduled(cron = "{ecocity.water.recompute.daily-refresh-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refreshCurrentYear() {
        int year = BeijingTime.today().getYear();
        samples.sectionsSampledIn(year).forEach(id -> requests.request(id, year));
    }

    /** Queues every sampled section of the year, after a change of the year's targets. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestYear(int year, List<String> sectionIds) {
        sectionIds.forEach(id -> requests.request(id, year));
    }

    private void publishYear(int year, Set<String> sectionIds, LocalDate today) {
        List<SectionEntity> all = reader.allSections();
        Map<String, List<WaterSample>> samples = reader.samples(all.stream().map(s -> s.sectionId).toList(),
                LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
        Map<String, WaterClass> targets = reader.targetClasses(year, all);
        for (SectionEntity section : all) {
            if (sectionIds.contains(section.sectionId)) {
                lastSampleDay(samples.get(section.sectionId), year).ifPresent(to -> {
                    AssessmentPeriod period = new AssessmentPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), to);
                    SectionReport report = assessments.section(section, String.valueOf(year), period,
                            samples.get(section.sectionId), targets.get(section.sectionId));
                    outbox.append(EventType.WATER_SECTION_ASSESSED, section.sectionId, sectionAssessed(report));
                });
            }
        }
        List<SectionEntity> assessed = all.stream().filter(s -> s.assessed).toList();
        Optional<LocalDate> cityTo = year < today.getYear() ? Optional.of(LocalDate.of(year, 12, 31))
                : assessed.stream().map(s -> lastSampleDay(samples.get(s.sectionId), year))
                        .flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (cityTo.isPresent() && assessed.stream().anyMatch(s -> lastSampleDay(samples.get(s.sectionId), year).isPresent())) {
            AssessmentPeriod period = new AssessmentPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), cityTo.get());
            CityReport city = assessments.city(String.valueOf(year), period, assessed, samples);
            outbox.append(EventType.WATER_CITY_ASSESSED, "CITY", cityAssessed(city));
        }
        if (year <= today.getYear()) {
            targetProgress.report(year, TargetProgressService.asOfFor(year, today), Optional.of(sectionIds))
                    .indicators().forEach(p -> outbox.append(EventType.WATER_TARGET_PROGRESS, p.key(), p.payload()));
        }
    }

    private static Optional<LocalDate> lastSampleDay(List<WaterSample> samples, int year) {
        return samples.stream().map(WaterSample::sampledOn).filter(day -> day.getYear() == year)
                .max(Comparator.naturalOrder());
    }

    static WaterSectionAssessment sectionAssessed(SectionReport report) {
        return new WaterSectionAssessment(report.section().sectionId, report.section().town, report.label(),
                report.result().period().from(), report.result().period().to(), report.result().sampleCount(),
                report.result().waterClass().map(WaterClass::name).orElse(null), report.targetClass().name(),
                report.meetsTarget(), AssessmentPayloads.codes(report.result().assessment().mainPollutants()),
                report.lastYear().waterClass().map(WaterClass::name).orElse(null),
                report.direction().map(ChangeDirection::name).orElse(null));
    }

    static WaterCityAssessment cityAssessed(CityReport city) {
        CityWaterSummary summary = city.summary();
        return new WaterCityAssessment(city.label(), city.period().from(), city.period().to(), summary.sectionsAssessed(),
                summary.goodShare().count(), summary.goodPercent().orElse(null), summary.worseThanVShare().count(),
                summary.worseThanVPercent().orElse(null), summary.meetingTargetPercent().orElse(null),
                city.grading().map(g -> g.status().chineseName()).orElse(null),
                city.lastYear().flatMap(CityWaterSummary::goodPercent).orElse(null),
                city.sectionsChanged(ChangeDirection.IMPROVED), city.sectionsChanged(ChangeDirection.WORSENED));
    }

}
