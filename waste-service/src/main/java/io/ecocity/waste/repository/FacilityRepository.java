package io.ecocity.waste.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<FacilityEntity, String> {

    /** Facilities in id order after {@code afterId} (exclusive), for cursor paging. */
    public List<FacilityEntity> pageAfter(String afterId, int limit) {
        return afterId == null
                ? find("order by facilityId").page(0, limit).list()
                : find("facilityId > ?1 order by facilityId", afterId).page(0, limit).list();
    }
}
