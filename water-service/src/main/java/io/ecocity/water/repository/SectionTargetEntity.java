package io.ecocity.water.repository;

import io.ecocity.water.domain.WaterClass;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A section's target class for one year, overriding the class it was registered with. */
@Entity
@Table(name = "water_section_target")
public class SectionTargetEntity {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_class")
    public WaterClass targetClass;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "target_year")
        public Integer year;

        @Column(name = "section_id")
        public String sectionId;

        public Key() {
        }

        public Key(Integer year, String sectionId) {
            this.year = year;
            this.sectionId = sectionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(year, key.year) && Objects.equals(sectionId, key.sectionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, sectionId);
        }
    }
}
