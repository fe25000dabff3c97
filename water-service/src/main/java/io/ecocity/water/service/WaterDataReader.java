package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import io.ecocity.water.domain.AnnualWaterTargets;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.domain.WaterSample;
import io.ecocity.water.repository.AnnualTargetEntity;
import io.ecocity.water.repository.SampleEntity;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionRepository;
import io.ecocity.water.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads sections, samples and targets into the domain's values, for the assessments and their events. */
@ApplicationScoped
public class WaterDataReader {

    private final SectionRepository sections;
    private final SampleRepository samples;
    private final TargetRepository targets;

    public WaterDataReader(SectionRepository sections, SampleRepository samples, TargetRepository targets) {
        this.sections = sections;
        this.samples = samples;
        this.targets = targets;
    }

    public List<SectionEntity> allSections() {
        return sections.allInIdOrder();
    }

    public Optional<SectionEntity> section(String sectionId) {
        return Optional.ofNullable(sections.findById(sectionId));
    }

    /** Section id → its samples dated within the days, in time order; sections without samples map to an empty list. */
    public Map<String, List<WaterSample>> samples(Collection<String> sectionIds, LocalDate from, LocalDate to) {
        Map<String, List<WaterSample>> bySection = new HashMap<>();
        sectionIds.forEach(id -> bySection.put(id, new ArrayList<>()));
        for (SampleEntity sample : samples.ofSectionsBetween(sectionIds, from, to)) {
            bySection.get(sample.sectionId).add(sample.toDomain());
        }
        return bySection;
    }

    /** The target class of each section for the year: the year's own, else the class the section was registered with. */
    public Map<String, WaterClass> targetClasses(int year, Collection<SectionEntity> of) {
        Map<String, WaterClass> forYear = targets.sectionClasses(year);
        Map<String, WaterClass> resolved = new LinkedHashMap<>();
        of.forEach(section -> resolved.put(section.sectionId, forYear.getOrDefault(section.sectionId, section.targetClass)));
        return resolved;
    }

    public WaterClass targetClass(int year, SectionEntity section) {
        return targets.sectionClasses(year).getOrDefault(section.sectionId, section.targetClass);
    }

    /** The year's city targets over the assessed sections, when targets were set for that year. */
    public Optional<AnnualWaterTargets> annualTargets(int year, Collection<SectionEntity> assessedSections) {
        Optional<AnnualTargetEntity> annual = targets.annual(year);
        return annual.map(a -> new AnnualWaterTargets(year, Decimals.plain(a.goodSharePercentAtLeast), a.worseThanVAllowed,
                targetClasses(year, assessedSections)));
    }
}
