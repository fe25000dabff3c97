package io.ecocity.air.repository.statistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnnualTargetRepository implements PanacheRepositoryBase<AnnualTargetEntity, AnnualTargetEntity.Key> {

    public Optional<AnnualTargetEntity> find(int year, String scope, String scopeId) {
        return findByIdOptional(new AnnualTargetEntity.Key(year, scope, scopeId));
    }

    /** The city's targets first, then the towns' in name order. */
    public List<AnnualTargetEntity> ofYear(int year) {
        return find("year = ?1 order by scope, scopeId", year).list();
    }
}
