package io.ecocity.water.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * @param relatesTo the sample's day, or for a missing sample the deadline day that passed
 * @param items the items that caused the alert, empty for a missing sample
 */
public record WaterAlert(AlertType type, String sectionId, LocalDate relatesTo, List<WaterQualityItem> items, String message) {

    public WaterAlert {
        Objects.requireNonNull(type);
        Objects.requireNonNull(sectionId);
        Objects.requireNonNull(relatesTo);
        items = List.copyOf(items);
        Objects.requireNonNull(message);
    }
}
