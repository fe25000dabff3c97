package io.ecocity.water.domain;

import java.util.Objects;

/** An assessment section (国考/省考断面); its target class lives in the year's targets. */
public record MonitoringSection(String id, String name, WaterBodyType bodyType) {

    public MonitoringSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bodyType, "bodyType");
    }
}
