package io.ecocity.waste.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class PublishedIndicatorRepository implements PanacheRepositoryBase<PublishedIndicatorEntity, Long> {

    public List<PublishedIndicatorEntity> ofPeriods(Collection<String> periodLabels) {
        return periodLabels.isEmpty() ? List.of() : list("periodLabel in ?1", periodLabels);
    }
}
