package io.ecocity.water.repository;

import io.ecocity.water.domain.WaterClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The annual targets and each year's section target classes. */
@ApplicationScoped
public class TargetRepository {

    private final EntityManager entityManager;

    public TargetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<AnnualTargetEntity> annual(int year) {
        return Optional.ofNullable(entityManager.find(AnnualTargetEntity.class, year));
    }

    public void persist(AnnualTargetEntity target) {
        entityManager.persist(target);
    }

    /** Section id → target class set for that year (only the overrides; see the section for its own class). */
    public Map<String, WaterClass> sectionClasses(int year) {
        List<SectionTargetEntity> rows = entityManager
                .createQuery("from SectionTargetEntity t where t.key.year = :year order by t.key.sectionId", SectionTargetEntity.class)
                .setParameter("year", year)
                .getResultList();
        Map<String, WaterClass> classes = new LinkedHashMap<>();
        rows.forEach(row -> classes.put(row.key.sectionId, row.targetClass));
        return classes;
    }

    public void replaceSectionClasses(int year, Map<String, WaterClass> classes) {
        entityManager.createQuery("delete from SectionTargetEntity t where t.key.year = :year")
                .setParameter("year", year)
                .executeUpdate();
        classes.forEach((sectionId, waterClass) -> {
            SectionTargetEntity row = new SectionTargetEntity();
            row.key = new SectionTargetEntity.Key(year, sectionId);
            row.targetClass = waterClass;
            entityManager.persist(row);
        });
    }
}
