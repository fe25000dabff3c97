package io.ecocity.air.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stations as a GeoJSON (RFC 7946) FeatureCollection: Points in [longitude, latitude] order, WGS 84. */
@Schema(description = "GeoJSON FeatureCollection of stations; nextCursor is a foreign member for paging.")
public record StationFeatureCollection(String type, List<Feature> features, String nextCursor) {

    public record Feature(String type, String id, Geometry geometry, Map<String, Object> properties) {
    }

    public record Geometry(String type, List<BigDecimal> coordinates) {
    }

    static StationFeatureCollection of(List<StationResponse> stations, String nextCursor) {
        List<Feature> features = stations.stream().map(StationFeatureCollection::feature).toList();
        return new StationFeatureCollection("FeatureCollection", features, nextCursor);
    }

    private static Feature feature(StationResponse station) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("stationId", station.stationId());
        properties.put("name", station.name());
        properties.put("town", station.town());
        properties.put("kind", station.kind());
        properties.put("assessed", station.assessed());
        properties.put("revision", station.revision());
        return new Feature("Feature", station.stationId(),
                new Geometry("Point", List.of(station.longitude(), station.latitude())), properties);
    }
}
