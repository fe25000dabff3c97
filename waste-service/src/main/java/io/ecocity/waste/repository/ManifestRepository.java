package io.ecocity.waste.repository;

import io.ecocity.waste.domain.ManifestState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ManifestRepository implements PanacheRepositoryBase<ManifestEntity, String> {

    /** Manifests in number order after {@code afterNumber}, optionally of one state, town or receiving facility. */
    public List<ManifestEntity> page(ManifestState state, String town, String facilityId, String afterNumber, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (state != null) {
            where.append(" and state = :state");
            parameters.put("state", state);
        }
        if (town != null) {
            where.append(" and consignerTown = :town");
            parameters.put("town", town);
        }
        if (facilityId != null) {
            where.append(" and receiverFacilityId = :facility");
            parameters.put("facility", facilityId);
        }
        if (afterNumber != null) {
            where.append(" and manifestNumber > :after");
            parameters.put("after", afterNumber);
        }
        return find(where + " order by manifestNumber", parameters).page(0, limit).list();
    }

    /** In transit and not yet known to be overdue: the candidates of the overdue scan. */
    public List<ManifestEntity> inTransitNotOverdue() {
        return list("state = ?1 and overdue = false order by pickedUpAt", ManifestState.IN_TRANSIT);
    }

    /** What a facility has accepted (RECEIVED or CLOSED) with an arrival in {@code [from, to)}: its used capacity. */
    public List<ManifestEntity> acceptedBy(String facilityId, Instant from, Instant to) {
        return list("receiverFacilityId = ?1 and state in ?2 and receivedAt >= ?3 and receivedAt < ?4",
                facilityId, List.of(ManifestState.RECEIVED, ManifestState.CLOSED), from, to);
    }

    public List<ManifestTransitionEntity> transitionsOf(String manifestNumber) {
        return getEntityManager().createQuery(
                "select t from ManifestTransitionEntity t where t.manifestNumber = :number order by t.id",
                ManifestTransitionEntity.class).setParameter("number", manifestNumber).getResultList();
    }

    public void persistTransition(ManifestTransitionEntity transition) {
        getEntityManager().persist(transition);
    }
}
