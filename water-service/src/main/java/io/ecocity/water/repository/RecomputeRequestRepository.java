package io.ecocity.water.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class RecomputeRequestRepository implements PanacheRepositoryBase<RecomputeRequestEntity, Long> {

    public void request(String sectionId, int year) {
        RecomputeRequestEntity request = new RecomputeRequestEntity();
        request.sectionId = sectionId;
        request.year = year;
        request.requestedAt = Instant.now();
        persist(request);
    }

    public List<RecomputeRequestEntity> oldestFirst(int limit) {
        return find("order by id").page(0, limit).list();
    }

    public void deleteByIds(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            delete("id in ?1", ids);
        }
    }
}
