package io.ecocity.air.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StationRepository implements PanacheRepositoryBase<StationEntity, String> {

    /** Stations in id order after {@code afterId} (exclusive), for cursor paging. */
    public List<StationEntity> pageAfter(String afterId, int limit) {
        return pageAfter(afterId, null, limit);
    }

    /** As {@link #pageAfter(String, int)}, only the stations of {@code town} when it is given. */
    public List<StationEntity> pageAfter(String afterId, String town, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (afterId != null) {
            query.append(" and stationId > :after");
            parameters.put("after", afterId);
        }
        if (town != null) {
            query.append(" and town = :town");
            parameters.put("town", town);
        }
        return find(query + " order by stationId", parameters).page(0, limit).list();
    }

    public boolean existsById(String stationId) {
        return count("stationId", stationId) > 0;
    }
}
