package io.ecocity.water.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 7946 shapes for the sections' map layer: points in [longitude, latitude] order. */
final class GeoJson {

    private GeoJson() {
    }

    @Schema(description = "RFC 7946 FeatureCollection of the sections")
    record FeatureCollection(String type, List<Feature> features) {
        static FeatureCollection of(List<Feature> features) {
            return new FeatureCollection("FeatureCollection", features);
        }
    }

    record Feature(String type, String id, Point geometry, SectionResponse properties) {
        static Feature of(SectionResponse section) {
            return new Feature("Feature", section.sectionId(),
                    new Point("Point", List.of(section.longitude(), section.latitude())), section);
        }
    }

    record Point(String type, List<BigDecimal> coordinates) {
    }
}
