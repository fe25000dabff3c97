package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A water assessment section as the gateway last heard of it on {@code water.sections}. */
@Entity
@Table(name = "water_section")
public class WaterSectionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "section_id")
    public String sectionId;

    public String name;

    public String river;

    @Column(name = "water_body_type")
    public String waterBodyType;

    @Column(name = "section_level")
    public String level;

    public String town;

    @Column(name = "target_class")
    public String targetClass;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public boolean assessed;

    public long revision;

    @Column(name = "changed_at")
    public Instant changedAt;
}
