package io.ecocity.air.repository.statistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnnualTargetRepository implements PanacheRepositoryBase<AnnualTargetEntity, AnnualTargetEntity.Key> {

    public Optional<AnnualTargetEntity> find(int year, String scope, String scopeId) {
        return findByIdOptional(new AnnualTargetEntity.Key(year, scope, scopeId));
    }

    /**
     * The targets with their row locked until the transaction ends, read again after the lock (H2 answers the lock
     * with the row as it was before waiting), so a concurrent writer waits and then sees this one's change.
     */
    public Optional<AnnualTargetEntity> findForUpdate(int year, String scope, String scopeId) {
        Optional<AnnualTargetEntity> row = findByIdOptional(new AnnualTargetEntity.Key(year, scope, scopeId),
                LockModeType.PESSIMISTIC_WRITE);
        row.ifPresent(getEntityManager()::refresh);
        return row;
    }

    /** The city's targets first, then the towns' in name order. */
    public List<AnnualTargetEntity> ofYear(int year) {
        return find("year = ?1 order by scope, scopeId", year).list();
    }
}
