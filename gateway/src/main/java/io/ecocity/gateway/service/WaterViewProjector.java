package io.ecocity.gateway.service;

import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WaterSectionLatestEntity;
import io.ecocity.gateway.repository.WaterCityAssessmentEntity;
import io.ecocity.gateway.repository.WaterLatestSampleEntity;
import io.ecocity.gateway.repository.WaterSectionAssessmentEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Applies the water service's sections and assessments to the city view. */
@ApplicationScoped
public class WaterViewProjector {

    private final KnownTowns towns;
    private final ViewRows rows;

    public WaterViewProjector(KnownTowns towns, ViewRows rows) {
        this.towns = towns;
        this.rows = rows;
    }

    public void applySection(WaterSection section) {
        towns.named(section.town());
        WaterSectionEntity row = rows.find(WaterSectionEntity.class, section.sectionId());
        if (row == null) {
            row = new WaterSectionEntity();
            row.sectionId = section.sectionId();
        } else if (row.revision >= section.revision()) {
            return;
        }
        row.name = section.name();
        row.river = section.river();
        row.waterBodyType = section.waterBodyType();
        row.level = section.level();
        row.town = section.town();
        row.targetClass = section.targetClass();
        row.latitude = section.latitude();
        row.longitude = section.longitude();
        row.assessed = section.assessed();
        row.revision = section.revision();
        row.changedAt = section.changedAt().toInstant();
        row.persist();
    }

    public void applySample(WaterSampleAssessment sample, Instant eventTime) {
        WaterLatestSampleEntity row = rows.find(WaterLatestSampleEntity.class, sample.sectionId());
        Instant sampledAt = sample.sampledAt().toInstant();
        if (row == null) {
            row = new WaterLatestSampleEntity();
            row.sectionId = sample.sectionId();
        } else if (EventOrder.older(sampledAt, row.sampledAt, eventTime, row.eventTime)) {
            // an older sample (or its correction) says nothing about the section's latest class; of the same sample,
            // the report stated last holds
            return;
        }
        row.town = sample.town();
        row.sampledAt = sampledAt;
        row.waterClass = sample.waterClass();
        row.targetClass = sample.targetClass();
        row.meetsTarget = sample.meetsTarget();
        row.mainPollutants = ViewKeys.joined(sample.mainPollutants());
        row.itemsBreakingTarget = ViewKeys.joined(sample.itemsBreakingTarget());
        row.correction = sample.correction();
        row.eventTime = eventTime;
        row.persist();
    }

    /** Stores the section's period class and, when it is now the section's latest period, its latest class. */
    public void applySectionAssessment(WaterSectionAssessment assessment, Instant eventTime) {
        String id = ViewKeys.of(assessment.sectionId(), assessment.period());
        WaterSectionAssessmentEntity row = rows.find(WaterSectionAssessmentEntity.class, id);
        if (row == null) {
            row = new WaterSectionAssessmentEntity();
            row.id = id;
        } else if (EventOrder.older(assessment.to(), row.periodTo, eventTime, row.eventTime)) {
            return;
        }
        row.sectionId = assessment.sectionId();
        row.town = assessment.town();
        row.period = assessment.period();
        row.periodFrom = assessment.from();
        row.periodTo = assessment.to();
        row.sampleCount = assessment.sampleCount();
        row.waterClass = assessment.waterClass();
        row.targetClass = assessment.targetClass();
        row.meetsTarget = assessment.meetsTarget();
        row.mainPollutants = ViewKeys.joined(assessment.mainPollutants());
        row.lastYearClass = assessment.lastYearClass();
        row.classChange = assessment.classChange();
        row.receivedAt = Instant.now();
        row.eventTime = eventTime;
        row.persist();
        WaterSectionLatestEntity latest = rows.find(WaterSectionLatestEntity.class, row.sectionId);
        if (latest == null || latest.assessmentId.equals(row.id) || row.supersedes(latest)) {
            if (latest == null) {
                latest = new WaterSectionLatestEntity();
                latest.sectionId = row.sectionId;
            }
            latest.assessmentId = row.id;
            latest.copy(row);
            latest.persist();
        }
        towns.named(assessment.town());
    }

    public void applyCityAssessment(WaterCityAssessment assessment, Instant eventTime) {
        WaterCityAssessmentEntity row = rows.find(WaterCityAssessmentEntity.class, assessment.period());
        if (row == null) {
            row = new WaterCityAssessmentEntity();
            row.period = assessment.period();
        } else if (EventOrder.older(assessment.to(), row.periodTo, eventTime, row.eventTime)) {
            return;
        }
        row.periodFrom = assessment.from();
        row.periodTo = assessment.to();
        row.assessedSections = assessment.assessedSections();
        row.goodSections = assessment.goodSections();
        row.goodSharePercent = assessment.goodSharePercent();
        row.worseThanVSections = assessment.worseThanVSections();
        row.worseThanVSharePercent = assessment.worseThanVSharePercent();
        row.meetingTargetSharePercent = assessment.meetingTargetSharePercent();
        row.grading = assessment.grading();
        row.goodSharePercentLastYear = assessment.goodSharePercentLastYear();
        row.sectionsImproved = ViewKeys.joined(assessment.sectionsImproved());
        row.sectionsWorsened = ViewKeys.joined(assessment.sectionsWorsened());
        row.receivedAt = Instant.now();
        row.eventTime = eventTime;
        row.persist();
    }
}
