package io.ecocity.air.repository.statistics;

import io.ecocity.air.domain.assessment.DailyAirValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code air_daily_value}: the only input of the statistics (never the hourly data). Rows come back as
 * projections, so a year of 50 stations is read without managing 18,000 entities.
 */
@ApplicationScoped
public class DailyValueReadRepository {

    private static final String ROW = "select new io.ecocity.air.repository.statistics.DailyValueRow(d.scopeId, d.day, "
            + "d.so2, d.no2, d.pm10, d.pm25, d.co, d.o38h, d.aqi, d.aqiLevel, d.primaryPollutants) "
            + "from StatisticsDailyValue d ";

    /** Where a daily value belongs: {@code CITY}/{@code CITY}, {@code TOWN}/town name or {@code STATION}/station id. */
    public record ScopeRef(String scope, String scopeId) {
    }

    /** A scope's changed days, for recomputing the years they fall in. */
    public record ChangedScope(ScopeRef scope, LocalDate firstDay, LocalDate lastDay) {
    }

    private final EntityManager entityManager;

    public DailyValueReadRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The days of one scope within [from, to], in day order. */
    public List<DailyAirValues> days(String scope, String scopeId, LocalDate from, LocalDate to) {
        return entityManager.createQuery(ROW + "where d.scope = :scope and d.scopeId = :scopeId "
                        + "and d.day between :from and :to order by d.day", DailyValueRow.class)
                .setParameter("scope", scope).setParameter("scopeId", scopeId)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().map(DailyValueRow::toDailyAirValues).toList();
    }

    /** The days within [from, to] of every scope of a kind (all stations, all towns), by scope id. */
    public Map<String, List<DailyAirValues>> daysByScopeId(String scope, LocalDate from, LocalDate to) {
        Map<String, List<DailyAirValues>> byScope = new LinkedHashMap<>();
        entityManager.createQuery(ROW + "where d.scope = :scope and d.day between :from and :to "
                        + "order by d.scopeId, d.day", DailyValueRow.class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(row -> byScope.computeIfAbsent(row.scopeId(), k -> new ArrayList<>()).add(row.toDailyAirValues()));
        return byScope;
    }

    /** The last day of [from, to] with a stored value for the scope. */
    public Optional<LocalDate> lastDay(String scope, String scopeId, LocalDate from, LocalDate to) {
        return Optional.ofNullable(entityManager.createQuery("select max(d.day) from StatisticsDailyValue d "
                        + "where d.scope = :scope and d.scopeId = :scopeId and d.day between :from and :to", LocalDate.class)
                .setParameter("scope", scope).setParameter("scopeId", scopeId)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    public boolean hasAny(String scope, String scopeId) {
        return !entityManager.createQuery("select 1 from StatisticsDailyValue d where d.scope = :scope "
                        + "and d.scopeId = :scopeId", Integer.class)
                .setParameter("scope", scope).setParameter("scopeId", scopeId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The scopes with values among {@code scopeIds} (a town and a station may share a name, so both come back). */
    public List<ScopeRef> scopesAmong(Collection<String> scopeIds) {
        if (scopeIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct d.scope, d.scopeId from StatisticsDailyValue d "
                        + "where d.scopeId in :ids", Object[].class)
                .setParameter("ids", scopeIds)
                .getResultStream().map(r -> new ScopeRef((String) r[0], (String) r[1])).toList();
    }

    /** Scopes with rows updated after {@code since}, with the range of their changed days. */
    public List<ChangedScope> changedSince(Instant since) {
        return entityManager.createQuery("select d.scope, d.scopeId, min(d.day), max(d.day) from StatisticsDailyValue d "
                        + "where d.updatedAt > :since group by d.scope, d.scopeId", Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(r -> new ChangedScope(new ScopeRef((String) r[0], (String) r[1]), (LocalDate) r[2], (LocalDate) r[3]))
                .toList();
    }

    /** The latest update time in the table, or empty when it holds nothing. */
    public Optional<Instant> latestUpdate() {
        return Optional.ofNullable(entityManager.createQuery("select max(d.updatedAt) from StatisticsDailyValue d",
                Instant.class).getSingleResult());
    }

    /**
     * Writes one daily value, replacing any stored for its scope and day. In production the daily assessment writes
     * the table; this exists for the tests and the measurement, which stand in for it.
     */
    public void write(StatisticsDailyValueEntity row) {
        StatisticsDailyValueEntity existing = entityManager.find(StatisticsDailyValueEntity.class,
                new StatisticsDailyValueEntity.Key(row.scope, row.scopeId, row.day));
        if (existing != null) {
            row.revision = existing.revision + 1;
            entityManager.merge(row);
        } else {
            entityManager.persist(row);
        }
    }

    /** Inserts new daily values in JDBC batches; for loading a measurement's data set, not for corrections. */
    public void insertAll(List<StatisticsDailyValueEntity> rows) {
        int count = 0;
        for (StatisticsDailyValueEntity row : rows) {
            entityManager.persist(row);
            if (++count % 500 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
    }
}
