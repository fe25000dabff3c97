package io.ecocity.water.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<AlertEntity, String> {

    /** Alerts in id order after the cursor, filtered by state and section when given. */
    public List<AlertEntity> pageAfter(String afterId, String state, String sectionId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (afterId != null) {
            query.append(" and alertId > :after");
            parameters.put("after", afterId);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.put("state", state);
        }
        if (sectionId != null) {
            query.append(" and sectionId = :section");
            parameters.put("section", sectionId);
        }
        return find(query + " order by alertId", parameters).page(0, limit).list();
    }

    public List<AlertEntity> raisedWithPrefix(String prefix) {
        return find("state = 'RAISED' and alertId like ?1", prefix + "%").list();
    }
}
