package io.ecocity.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents type the suite emits: its {@code ce_type}, the topic it travels on and its JSON Schema
 * ({@code schemas/<name>.json} in this module, shared by the types that carry the same payload). The AsyncAPI document lists exactly these.
 */
public enum EventType {
    AIR_STATION_REGISTERED("ecocity.air.station-registered.v1", Topics.AIR_STATIONS, "air-station.v1"),
    AIR_STATION_UPDATED("ecocity.air.station-updated.v1", Topics.AIR_STATIONS, "air-station.v1");

    private final String type;
    private final String topic;
    private final String schema;

    EventType(String type, String topic, String schema) {
        this.type = type;
        this.topic = topic;
        this.schema = schema;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public String schemaResource() {
        return "schemas/" + schema + ".json";
    }

    public static Optional<EventType> ofType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
