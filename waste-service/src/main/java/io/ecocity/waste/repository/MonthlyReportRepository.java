package io.ecocity.waste.repository;

import io.ecocity.waste.domain.MonthlyFigures;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class MonthlyReportRepository implements PanacheRepositoryBase<MonthlyReportEntity, Long> {

    public Optional<MonthlyReportEntity> findByTownAndMonth(String town, YearMonth month) {
        return find("town = ?1 and monthStart = ?2", town, month.atDay(1)).firstResultOptional();
    }

    /** The stored reports of the given towns and months with their quantities, in one query. */
    public List<MonthlyReportEntity> findWithQuantities(Collection<String> towns, Collection<LocalDate> monthStarts) {
        if (towns.isEmpty() || monthStarts.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct r from MonthlyReportEntity r left join fetch r.quantities"
                        + " where r.town in :towns and r.monthStart in :months", MonthlyReportEntity.class)
                .setParameter("towns", towns).setParameter("months", monthStarts).getResultList();
    }

    /**
     * The figures of every report from {@code first} to {@code last} (inclusive months), of one town or, with
     * {@code town} null, of all towns; in one query, ordered by month and town.
     */
    public List<MonthlyFigures> figures(YearMonth first, YearMonth last, String town) {
        String jpql = "select r.town, r.monthStart, q.quantityKey, q.tonnes from ReportQuantityEntity q join q.report r"
                + " where r.monthStart between :first and :last" + (town == null ? "" : " and r.town = :town")
                + " order by r.monthStart, r.town";
        var query = getEntityManager().createQuery(jpql, Object[].class)
                .setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1));
        if (town != null) {
            query.setParameter("town", town);
        }
        Map<TownMonth, Map<String, BigDecimal>> byReport = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            byReport.computeIfAbsent(new TownMonth((String) row[0], YearMonth.from((LocalDate) row[1])), k -> new HashMap<>())
                    .put((String) row[2], (BigDecimal) row[3]);
        }
        List<MonthlyFigures> figures = new ArrayList<>(byReport.size());
        byReport.forEach((report, quantities) -> figures.add(new MonthlyFigures(report.town(), report.month(), quantities)));
        return figures;
    }

    private record TownMonth(String town, YearMonth month) {
    }

    /** Reports in (month, town) order after the cursor's position, of one town or all, within a month range. */
    public List<MonthlyReportEntity> page(YearMonth first, YearMonth last, String town, String afterKey, int limit) {
        StringBuilder where = new StringBuilder("monthStart between :first and :last");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("first", first.atDay(1));
        parameters.put("last", last.atDay(1));
        if (town != null) {
            where.append(" and town = :town");
            parameters.put("town", town);
        }
        if (afterKey != null) {
            int bar = afterKey.indexOf('|');
            LocalDate afterMonth = LocalDate.parse(afterKey.substring(0, bar));
            String afterTown = afterKey.substring(bar + 1);
            where.append(" and (monthStart > :afterMonth or (monthStart = :afterMonth and town > :afterTown))");
            parameters.put("afterMonth", afterMonth);
            parameters.put("afterTown", afterTown);
        }
        return find(where + " order by monthStart, town", parameters).page(0, limit).list();
    }

    /** The quantities of the given reports, in one query. */
    public List<ReportQuantityEntity> quantitiesOf(List<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : getEntityManager()
                .createQuery("select q from ReportQuantityEntity q where q.report.id in :ids order by q.quantityKey",
                        ReportQuantityEntity.class)
                .setParameter("ids", reportIds).getResultList();
    }

    /** Every (town, first day of month) that holds a report. */
    public List<Object[]> allTownMonths() {
        return getEntityManager().createQuery("select r.town, r.monthStart from MonthlyReportEntity r", Object[].class)
                .getResultList();
    }
}
