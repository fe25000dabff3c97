package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A zero-waste indicator's value for the city or a town over one period. */
@Entity
@Table(name = "waste_indicator")
public class WasteIndicatorEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String scope;

    public String town;

    @Column(name = "period_label")
    public String period;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "indicator_value")
    public BigDecimal value;

    @Column(name = "absence_reason")
    public String absenceReason;

    public String unit;

    public String direction;

    @Column(name = "last_year_value")
    public BigDecimal lastYearValue;

    @Column(name = "catalogue_version")
    public String catalogueVersion;

    @Column(name = "received_at")
    public Instant receivedAt;

    /**
     * The value of the year so far: of the periods starting on 1 January of {@code year} and ending within it, the one
     * reaching furthest. The waste service publishes months, quarters and the year itself; the year period (to 31
     * December) holds what is reported so far, so it wins over January and the first quarter. The scope key is
     * {@code CITY} or {@code TOWN:<town>}.
     */

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    public static Optional<WasteIndicatorEntity> yearToDate(String code, String scopeKey, int year) {
        String clauses = "indicatorCode = :code and periodFrom = :from and periodTo <= :until";
        Parameters parameters = Parameters.with("code", code).and("from", LocalDate.of(year, 1, 1))
                .and("until", LocalDate.of(year, 12, 31));
        if (scopeKey.equals(ViewKeys.CITY)) {
            clauses += " and scope = 'CITY'";
        } else {
            clauses += " and scope = 'TOWN' and town = :town";
            parameters.and("town", scopeKey.substring("TOWN:".length()));
        }
        return find(clauses, Sort.descending("periodTo"), parameters).firstResultOptional();
    }
}
