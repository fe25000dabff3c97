package io.ecocity.water.repository;

import io.ecocity.water.domain.MonitoringSection;
import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.domain.WaterClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "water_section")
public class SectionEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @Column(name = "section_id")
    public String sectionId;

    public String name;

    public String river;

    @Enumerated(EnumType.STRING)
    @Column(name = "water_body_type")
    public WaterBodyType waterBodyType;

    @Enumerated(EnumType.STRING)
    @Column(name = "section_level")
    public SectionLevel level;

    public String town;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_class")
    public WaterClass targetClass;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public boolean assessed;

    public long revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public MonitoringSection toDomain() {
        return new MonitoringSection(sectionId, name, waterBodyType);
    }
}
