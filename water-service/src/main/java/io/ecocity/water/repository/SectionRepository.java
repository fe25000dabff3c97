package io.ecocity.water.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<SectionEntity, String> {

    /** Sections in id order after {@code afterId} (exclusive), optionally of one town, for cursor paging. */
    public List<SectionEntity> pageAfter(String afterId, String town, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (afterId != null) {
            query.append(" and sectionId > :after");
            parameters.put("after", afterId);
        }
        if (town != null) {
            query.append(" and town = :town");
            parameters.put("town", town);
        }
        return find(query + " order by sectionId", parameters).page(0, limit).list();
    }

    public List<SectionEntity> allInIdOrder() {
        return find("order by sectionId").list();
    }

    public List<SectionEntity> assessedInIdOrder() {
        return find("assessed = true order by sectionId").list();
    }
}
