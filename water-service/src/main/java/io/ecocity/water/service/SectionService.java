package io.ecocity.water.service;

import io.ecocity.support.problem.Revisions;
import io.ecocity.events.EventType;
import io.ecocity.events.water.WaterSection;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.repository.RecomputeRequestRepository;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionLevel;
import io.ecocity.water.repository.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Registers and updates assessment sections; every change is announced on {@code water.sections} through the
 * outbox, and a change that can move a result (target class, type, whether it is assessed) has the section's
 * sampled years recomputed.
 */
@ApplicationScoped
public class SectionService {

    private final SectionRepository sections;
    private final SampleRepository samples;
    private final RecomputeRequestRepository recompute;
    private final EventOutbox outbox;

    public SectionService(SectionRepository sections, SampleRepository samples, RecomputeRequestRepository recompute,
            EventOutbox outbox) {
        this.sections = sections;
        this.samples = samples;
        this.recompute = recompute;
        this.outbox = outbox;
    }

    public record SectionDraft(String sectionId, String name, String river, WaterBodyType waterBodyType,
            SectionLevel level, String town, WaterClass targetClass, BigDecimal latitude, BigDecimal longitude,
            boolean assessed) {
    }

    public record Registration(SectionEntity section, boolean created) {
    }

    /** Registering the same section again with the same attributes is a retry; with others a conflict. */
    @Transactional
    public Registration register(SectionDraft draft) {
        SectionEntity existing = sections.findById(draft.sectionId());
        if (existing != null) {
            if (sameAttributes(existing, draft)) {
                return new Registration(existing, false);
            }
            throw new ConflictException("section " + draft.sectionId()
                    + " is already registered with other attributes; update it with PUT /api/water/sections/"
                    + draft.sectionId(), jakarta.ws.rs.core.UriBuilder.fromPath("/api/water/sections/{id}")
                    .build(draft.sectionId()));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SectionEntity section = new SectionEntity();
        section.sectionId = draft.sectionId();
        apply(section, draft);
        section.revision = 1;
        section.createdAt = now;
        section.updatedAt = now;
        sections.persist(section);
        sections.flush(); // a concurrent registration of the same id fails here, not at commit
        outbox.append(EventType.WATER_SECTION_REGISTERED, section.sectionId, toEvent(section));
        return new Registration(section, true);
    }

    /**
     * With {@code expectedRevision} (If-Match) the update applies only to that revision, and of two updates that
     * read it only one commits; without it the row is locked first, so concurrent updates queue: the last one
     * wins and every one of them counts in the revision.
     */
    @Transactional
    public SectionEntity update(SectionDraft draft, Long expectedRevision) {
        SectionEntity section = expectedRevision == null
                ? sections.findById(draft.sectionId(), LockModeType.PESSIMISTIC_WRITE)
                : sections.findById(draft.sectionId());
        if (section == null) {
            throw new NotFoundProblemException("no section " + draft.sectionId());
        }
        if (expectedRevision == null) {
            // The row is ours now; read it again, as H2 answers the lock with the version it saw before waiting.
            sections.getEntityManager().refresh(section);
        }
        Revisions.check(expectedRevision, section.revision, "section " + draft.sectionId());
        if (sameAttributes(section, draft)) {
            return section;
        }
        apply(section, draft);
        section.revision++;
        section.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        outbox.append(EventType.WATER_SECTION_UPDATED, section.sectionId, toEvent(section));
        Revisions.flush(sections.getEntityManager(), "section " + section.sectionId);
        samples.yearsOfSection(section.sectionId).forEach(year -> recompute.request(section.sectionId, year));
        return section;
    }

    public static WaterSection toEvent(SectionEntity s) {
        return new WaterSection(s.sectionId, s.name, s.river, s.waterBodyType.name(), s.level.name(), s.town,
                s.targetClass.name(), s.latitude, s.longitude, s.assessed, s.revision, BeijingTime.of(s.updatedAt));
    }

    private static void apply(SectionEntity section, SectionDraft draft) {
        section.name = draft.name();
        section.river = draft.river();
        section.waterBodyType = draft.waterBodyType();
        section.level = draft.level();
        section.town = draft.town();
        section.targetClass = draft.targetClass();
        section.latitude = draft.latitude();
        section.longitude = draft.longitude();
        section.assessed = draft.assessed();
    }

    private static boolean sameAttributes(SectionEntity s, SectionDraft d) {
        return s.name.equals(d.name()) && s.river.equals(d.river()) && s.waterBodyType == d.waterBodyType()
                && s.level == d.level() && s.town.equals(d.town()) && s.targetClass == d.targetClass()
                && s.latitude.compareTo(d.latitude()) == 0 && s.longitude.compareTo(d.longitude()) == 0
                && s.assessed == d.assessed();
    }
}
