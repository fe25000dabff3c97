package io.ecocity.water.repository;

import io.ecocity.water.domain.Decimals;
import io.ecocity.water.domain.WaterQualityItem;
import io.ecocity.water.domain.WaterSample;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One sampling of a section; a resubmission for the same section and time replaces the values (a correction). */
@Entity
@Table(name = "water_sample")
public class SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "sample_id")
    public Long id;

    @Column(name = "section_id")
    public String sectionId;

    @Column(name = "sampled_at")
    public Instant sampledAt;

    /** The Beijing natural day of {@link #sampledAt}, kept for period queries. */
    @Column(name = "sampled_on")
    public LocalDate sampledOn;

    public long revision;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Item code → value in the item's fixed unit. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "water_sample_value", joinColumns = @JoinColumn(name = "sample_id"))
    @MapKeyColumn(name = "item")
    @Column(name = "item_value")
    public Map<String, BigDecimal> values = new HashMap<>();

    public Map<WaterQualityItem, BigDecimal> itemValues() {
        Map<WaterQualityItem, BigDecimal> result = new EnumMap<>(WaterQualityItem.class);
        // the column's fixed scale pads values with zeros; 2.10000000 and 2.1 are the same reading
        values.forEach((code, value) -> result.put(WaterQualityItem.fromCode(code), Decimals.plain(value)));
        return result;
    }

    public WaterSample toDomain() {
        return new WaterSample(sectionId, sampledOn, itemValues());
    }
}
