package io.ecocity.water.repository;

import io.ecocity.water.domain.TreatmentTask;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A town's sewage-treatment work of a year: planned and completed, as a count and as capacity (m³/d). */
@Entity
@Table(name = "water_treatment_task")
public class TreatmentTaskEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "task_id")
    public Long id;

    @Column(name = "task_year")
    public int year;

    public String town;

    @Column(name = "planned_count")
    public int plannedCount;

    @Column(name = "completed_count")
    public int completedCount;

    @Column(name = "planned_capacity")
    public BigDecimal plannedCapacity;

    @Column(name = "completed_capacity")
    public BigDecimal completedCapacity;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public TreatmentTask toDomain() {
        return new TreatmentTask(year, town, plannedCount, completedCount, plannedCapacity, completedCapacity);
    }
}
