package io.ecocity.water.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TreatmentTaskRepository implements PanacheRepositoryBase<TreatmentTaskEntity, Long> {

    public Optional<TreatmentTaskEntity> find(int year, String town) {
        return find("year = ?1 and town = ?2", year, town).firstResultOptional();
    }

    public List<TreatmentTaskEntity> ofYear(int year) {
        return find("year = ?1 order by town", year).list();
    }
}
