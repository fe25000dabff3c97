package io.ecocity.water.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SampleRepository implements PanacheRepositoryBase<SampleEntity, Long> {

    public Optional<SampleEntity> findByNaturalKey(String sectionId, Instant sampledAt) {
        return find("sectionId = ?1 and sampledAt = ?2", sectionId, sampledAt).firstResultOptional();
    }

    /** The samples of the sections dated in the inclusive range of Beijing days, values fetched with them. */
    public List<SampleEntity> ofSectionsBetween(Collection<String> sectionIds, LocalDate from, LocalDate to) {
        if (sectionIds.isEmpty()) {
            return List.of();
        }
        return find("select distinct s from SampleEntity s left join fetch s.values "
                        + "where s.sectionId in :ids and s.sampledOn >= :from and s.sampledOn <= :to "
                        + "order by s.sampledAt",
                Parameters.with("ids", sectionIds).and("from", from).and("to", to)).list();
    }

    public List<SampleEntity> ofSectionBetween(String sectionId, LocalDate from, LocalDate to) {
        return ofSectionsBetween(List.of(sectionId), from, to);
    }

    /** Samples in (sampledAt, sampleId) order after the cursor position, for paging a section's samples. */
    public List<SampleEntity> pageOfSection(String sectionId, LocalDate from, LocalDate to, Instant afterTime, int limit) {
        String query = "sectionId = :id and sampledOn >= :from and sampledOn <= :to"
                + (afterTime == null ? "" : " and sampledAt > :after") + " order by sampledAt";
        Parameters parameters = Parameters.with("id", sectionId).and("from", from).and("to", to);
        if (afterTime != null) {
            parameters = parameters.and("after", afterTime);
        }
        return find(query, parameters).page(0, limit).list();
    }

    public boolean anyOfSectionBetween(String sectionId, LocalDate from, LocalDate to) {
        return count("sectionId = ?1 and sampledOn >= ?2 and sampledOn <= ?3", sectionId, from, to) > 0;
    }

    /** The years in which a section has samples. */
    public List<Integer> yearsOfSection(String sectionId) {
        return getEntityManager()
                .createQuery("select distinct year(s.sampledOn) from SampleEntity s where s.sectionId = :id", Integer.class)
                .setParameter("id", sectionId)
                .getResultList();
    }

    /** The sections with at least one sample in the year. */
    public List<String> sectionsSampledIn(int year) {
        return getEntityManager()
                .createQuery("select distinct s.sectionId from SampleEntity s where s.sampledOn >= :from and s.sampledOn <= :to",
                        String.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }
}
