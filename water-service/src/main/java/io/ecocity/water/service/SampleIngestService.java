package io.ecocity.water.service;

import io.ecocity.events.EventType;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.water.domain.SampleAssessment;
import io.ecocity.water.domain.TargetCompliance;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterQualityClassifier;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.repository.RecomputeRequestRepository;
import io.ecocity.water.repository.SampleEntity;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.service.SampleValidator.CheckedSample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores checked samples. A sample for a section and time already stored is a correction: its values are replaced,
 * it is classified and announced again. The same values sent again change nothing (a safe retry). Each sample is
 * classified and its alerts decided here; the section, city and target figures of the section-years touched are
 * queued for the recompute job, once per section-year however many samples the batch held.
 */
@ApplicationScoped
public class SampleIngestService {

    public enum Outcome {
        CREATED,
        CORRECTED,
        UNCHANGED
    }

    public record Stored(CheckedSample sample, Outcome outcome, Optional<SampleAssessment> assessment,
            Optional<TargetCompliance> compliance) {
    }

    private final SampleRepository samples;
    private final RecomputeRequestRepository recompute;
    private final WaterQualityClassifier classifier;
    private final WaterDataReader reader;
    private final AlertService alerts;
    private final EventOutbox outbox;

    public SampleIngestService(SampleRepository samples, RecomputeRequestRepository recompute,
            WaterQualityClassifier classifier, WaterDataReader reader, AlertService alerts, EventOutbox outbox) {
        this.samples = samples;
        this.recompute = recompute;
        this.classifier = classifier;
        this.reader = reader;
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** Joins the caller's transaction (the consumer's poll) or opens one (a REST batch): all or nothing. */
    @Transactional
    public List<Stored> ingest(List<CheckedSample> checked) {
        List<Stored> results = new ArrayList<>(checked.size());
        Set<String> sectionYears = new LinkedHashSet<>();
        Map<String, WaterClass> targetCache = new HashMap<>();
        for (CheckedSample sample : checked) {
            LocalDate day = BeijingTime.dayOf(sample.sampledAt());
            Optional<SampleEntity> existing = samples.findByNaturalKey(sample.sectionId(), sample.sampledAt());
            if (existing.isPresent() && sameValues(existing.get().itemValues(), sample.values())) {
                results.add(new Stored(sample, Outcome.UNCHANGED, Optional.empty(), Optional.empty()));
                continue;
            }
            SampleEntity row = existing.orElseGet(SampleEntity::new);
            boolean correction = existing.isPresent();
            row.sectionId = sample.sectionId();
            row.sampledAt = sample.sampledAt();
            row.sampledOn = day;
            row.revision = correction ? row.revision + 1 : 1;
            row.receivedAt = Instant.now();
            row.values.clear();
            sample.values().forEach((item, value) -> row.values.put(item.code(), value));
            if (!correction) {
                samples.persist(row);
            }
            WaterClass target = targetCache.computeIfAbsent(sample.sectionId() + "@" + day.getYear(),
                    key -> reader.targetClass(day.getYear(), sample.section()));
            WaterSample domainSample = new WaterSample(sample.sectionId(), day, sample.values());
            SampleAssessment assessment = classifier.assess(sample.section().waterBodyType, sample.values());
            TargetCompliance compliance = classifier.compliance(assessment, target);
            // a sample of reference items only (WT, TN, FC) has no class: nothing to announce about it alone
            if (assessment.sectionClass().isPresent()) {
                outbox.append(EventType.WATER_SAMPLE_ASSESSED, sample.sectionId(), AssessmentPayloads.sampleAssessed(
                        sample.section(), sample.sampledAt(), assessment, compliance, correction));
            }
            alerts.onSample(sample.section(), target, sample.sampledAt(), domainSample);
            if (sectionYears.add(sample.sectionId() + "@" + day.getYear())) {
                recompute.request(sample.sectionId(), day.getYear());
            }
            results.add(new Stored(sample, correction ? Outcome.CORRECTED : Outcome.CREATED, Optional.of(assessment),
                    Optional.of(compliance)));
        }
        return results;
    }

    private static boolean sameValues(Map<WaterQualityItem, BigDecimal> stored, Map<WaterQualityItem, BigDecimal> sent) {
        if (!stored.keySet().equals(sent.keySet())) {
            return false;
        }
        return stored.entrySet().stream().allMatch(entry -> entry.getValue().compareTo(sent.get(entry.getKey())) == 0);
    }
}
