package io.ecocity.air.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StationRepository implements PanacheRepositoryBase<StationEntity, String> {

    /** Stations in id order after {@code afterId} (exclusive), for cursor paging. */
    public List<StationEntity> pageAfter(String afterId, int limit) {
        return afterId == null
                ? find("order by stationId").page(0, limit).list()
                : find("stationId > ?1 order by stationId", afterId).page(0, limit).list();
    }
}
