package io.ecocity.air.repository.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The published ranking figures, and the stamp of the daily values that tells whether they are still current. */
@ApplicationScoped
public class RankingFiguresRepository {

    /** How many daily values a scope has in a range, and when the latest of them was written. */
    public record SourceStamp(long days, Instant updatedAt) {
        public boolean matches(RankingFiguresEntity figures) {
            return figures != null && figures.sourceDays == days && updatedAt.equals(figures.sourceUpdatedAt);
        }
    }

    private final EntityManager entityManager;

    public RankingFiguresRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every scope of a kind with daily values in [from, to], with its stamp; one grouped query. */
    public Map<String, SourceStamp> sources(String scope, LocalDate from, LocalDate to) {
        Map<String, SourceStamp> stamps = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select d.scopeId, count(d), max(d.updatedAt) "
                        + "from StatisticsDailyValue d where d.scope = :scope and d.day between :from and :to "
                        + "group by d.scopeId", Object[].class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("to", to)
                .getResultList();
        for (Object[] row : rows) {
            stamps.put((String) row[0], new SourceStamp(((Number) row[1]).longValue(), (Instant) row[2]));
        }
        return stamps;
    }

    public SourceStamp source(String scope, String scopeId, LocalDate from, LocalDate to) {
        Object[] row = entityManager.createQuery("select count(d), max(d.updatedAt) from StatisticsDailyValue d "
                        + "where d.scope = :scope and d.scopeId = :scopeId and d.day between :from and :to",
                        Object[].class)
                .setParameter("scope", scope).setParameter("scopeId", scopeId)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long days = ((Number) row[0]).longValue();
        return days == 0 ? null : new SourceStamp(days, (Instant) row[1]);
    }

    /** A kind's published figures of a year, by scope id. */
    public Map<String, RankingFiguresEntity> ofYear(String scope, int year) {
        Map<String, RankingFiguresEntity> byScopeId = new HashMap<>();
        entityManager.createQuery("from RankingFiguresEntity f where f.scope = :scope and f.year = :year",
                        RankingFiguresEntity.class)
                .setParameter("scope", scope).setParameter("year", year)
                .getResultList().forEach(f -> byScopeId.put(f.scopeId, f));
        return byScopeId;
    }

    public void save(RankingFiguresEntity figures) {
        RankingFiguresEntity existing = entityManager.find(RankingFiguresEntity.class, figures.key);
        if (existing == null) {
            entityManager.persist(figures);
        } else {
            entityManager.merge(figures);
        }
    }

    public void delete(String scope, String scopeId, int year) {
        RankingFiguresEntity existing = entityManager.find(RankingFiguresEntity.class,
                RankingFiguresEntity.key(scope, scopeId, year));
        if (existing != null) {
            entityManager.remove(existing);
        }
    }
}
