package io.ecocity.gateway.service;

import io.ecocity.gateway.repository.CityTownEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Keeps the list of towns (镇街) that any domain has named, as the events naming them are applied. */
@ApplicationScoped
public class KnownTowns {

    private final ViewRows rows;

    public KnownTowns(ViewRows rows) {
        this.rows = rows;
    }

    /** Called in the transaction applying an event that names {@code town}; a primary-key read when it is known. */
    public void named(String town) {
        if (town == null || town.isBlank()) {
            return;
        }
        if (rows.find(CityTownEntity.class, town) == null) {
            CityTownEntity row = new CityTownEntity();
            row.town = town;
            row.persist();
        }
    }

    public List<String> all() {
        return CityTownEntity.<CityTownEntity>listAll().stream().map(t -> t.town).sorted().toList();
    }
}
