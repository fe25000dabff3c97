package io.ecocity.waste.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, Long> {

    public Optional<AlertEntity> findByAlertId(String alertId) {
        return find("alertId", alertId).firstResultOptional();
    }

    /** Newest first (by the order they were first raised), after the cursor's row id. */
    public List<AlertEntity> page(String state, String kind, String subjectId, Long beforeId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (state != null) {
            where.append(" and state = :state");
            parameters.put("state", state);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (subjectId != null) {
            where.append(" and subjectId = :subject");
            parameters.put("subject", subjectId);
        }
        if (beforeId != null) {
            where.append(" and id < :before");
            parameters.put("before", beforeId);
        }
        return find(where + " order by id desc", parameters).page(0, limit).list();
    }
}
