package io.ecocity.air.service;

import io.ecocity.air.repository.StationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which station ids exist, for validating observations without a query per item. Stations are never removed, so a
 * known id stays valid; an unknown one is looked up once more in case it was registered since.
 */
@ApplicationScoped
public class StationDirectory {

    private final StationRepository stations;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public StationDirectory(StationRepository stations) {
        this.stations = stations;
    }

    public boolean exists(String stationId) {
        if (known.contains(stationId)) {
            return true;
        }
        if (stations.existsById(stationId)) {
            known.add(stationId);
            return true;
        }
        return false;
    }
}
