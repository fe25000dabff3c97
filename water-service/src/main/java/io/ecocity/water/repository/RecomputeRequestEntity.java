package io.ecocity.water.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A section-year whose derived values are out of date. Rows are only ever inserted and deleted by id, so writers
 * never contend on a shared row; the recompute job folds duplicates.
 */
@Entity
@Table(name = "water_recompute_request")
public class RecomputeRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "request_id")
    public Long id;

    @Column(name = "section_id")
    public String sectionId;

    @Column(name = "sample_year")
    public int year;

    @Column(name = "requested_at")
    public Instant requestedAt;
}
