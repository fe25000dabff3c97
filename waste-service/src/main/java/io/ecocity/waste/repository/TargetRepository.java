package io.ecocity.waste.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<TargetEntity, Long> {

    public Optional<TargetEntity> find(int year, String indicatorCode, String scopeKey) {
        return find("year = ?1 and indicatorCode = ?2 and scopeKey = ?3", year, indicatorCode, scopeKey).firstResultOptional();
    }

    public List<TargetEntity> ofYear(int year) {
        return list("year = ?1 order by scopeKey, indicatorCode", year);
    }

    public List<TargetEntity> ofYears(int firstYear, int lastYear) {
        return list("year between ?1 and ?2 order by year, scopeKey, indicatorCode", firstYear, lastYear);
    }
}
