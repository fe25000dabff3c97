package io.ecocity.water.service;

import io.ecocity.water.domain.Decimals;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.repository.AnnualTargetEntity;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionRepository;
import io.ecocity.water.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A year's water targets; setting them has the year's figures and progress recomputed and announced. */
@ApplicationScoped
public class TargetService {

    private final TargetRepository targets;
    private final SectionRepository sections;
    private final SampleRepository samples;
    private final RecomputeService recompute;

    public TargetService(TargetRepository targets, SectionRepository sections, SampleRepository samples,
            RecomputeService recompute) {
        this.targets = targets;
        this.sections = sections;
        this.samples = samples;
        this.recompute = recompute;
    }

    public record YearTargets(int year, BigDecimal goodSharePercentAtLeast, int worseThanVSectionsAllowed,
            Map<String, WaterClass> sectionTargetClasses) {
    }

    @Transactional
    public YearTargets set(YearTargets draft) {
        List<FieldError> errors = new ArrayList<>();
        draft.sectionTargetClasses().forEach((sectionId, waterClass) -> {
            if (sections.findById(sectionId) == null) {
                errors.add(FieldError.of("sectionTargetClasses." + sectionId, "unknown section '" + sectionId + "'"));
            }
            if (waterClass == WaterClass.WORSE_THAN_V) {
                errors.add(FieldError.of("sectionTargetClasses." + sectionId, "a target class is one of I to V"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the targets name unknown sections or classes", errors);
        }
        AnnualTargetEntity annual = targets.annual(draft.year()).orElse(null);
        boolean created = annual == null;
        if (created) {
            annual = new AnnualTargetEntity();
            annual.year = draft.year();
        }
        annual.goodSharePercentAtLeast = draft.goodSharePercentAtLeast();
        annual.worseThanVAllowed = draft.worseThanVSectionsAllowed();
        annual.updatedAt = Instant.now();
        if (created) {
            targets.persist(annual);
        }
        targets.replaceSectionClasses(draft.year(), draft.sectionTargetClasses());
        recompute.requestYear(draft.year(), samples.sectionsSampledIn(draft.year()));
        return draft;
    }

    public Optional<YearTargets> get(int year) {
        return targets.annual(year).map(a -> new YearTargets(year, Decimals.plain(a.goodSharePercentAtLeast), a.worseThanVAllowed,
                targets.sectionClasses(year)));
    }
}
