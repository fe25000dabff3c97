package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The latest progress of one annual target (domain, year, scope, indicator). */
@Entity
@Table(name = "target_progress")
public class TargetProgressEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String domain;

    @Column(name = "target_year")
    public int targetYear;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String scope;

    @Column(name = "scope_id")
    public String scopeId;

    public String indicator;

    public String name;

    public String unit;

    public String direction;

    @Column(name = "target_value")
    public BigDecimal target;

    @Column(name = "target_label")
    public String targetLabel;

    @Column(name = "current_value")
    public BigDecimal value;

    @Column(name = "value_label")
    public String valueLabel;

    public BigDecimal projected;

    public String status;

    @Column(name = "remaining_allowance")
    public BigDecimal remainingAllowance;

    @Column(name = "allowance_label")
    public String allowanceLabel;

    /** JSON array of the week, month and quarter checkpoints, as the event stated them. */
    public String checkpoints;

    @Column(name = "received_at")
    public Instant receivedAt;


    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    public static String keyOf(String domain, long year, String scope, String scopeId, String indicator) {
        return ViewKeys.of(domain, Long.toString(year), scope, scopeId == null ? "" : scopeId, indicator);
    }

    public static List<TargetProgressEntity> ofYear(int year) {
        return list("targetYear", Sort.ascending("domain", "scope", "scopeId", "indicator"), year);
    }

    /** The first of {@code indicators} (aliases of one figure) that the domain reports for the scope. */
    public static Optional<TargetProgressEntity> firstOf(String domain, int year, String scope, String scopeId,
            Collection<String> indicators) {
        for (String indicator : indicators) {
            Optional<TargetProgressEntity> found = findByIdOptional(keyOf(domain, year, scope, scopeId, indicator));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
