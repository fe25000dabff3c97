package io.ecocity.waste.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;

/** One quantity of a monthly report, e.g. household.collected = 2000 t. */
@Entity
@Table(name = "waste_report_quantity")
public class ReportQuantityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "waste_report_quantity")
    @TableGenerator(name = "waste_report_quantity", table = "waste_id_block", pkColumnName = "id_name", valueColumnName = "next_id",
            pkColumnValue = "waste_report_quantity", allocationSize = IdBlocks.SIZE)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public MonthlyReportEntity report;

    @Column(name = "quantity_key", nullable = false, length = 64)
    public String quantityKey;

    @Column(nullable = false, precision = 18, scale = 6)
    public BigDecimal tonnes;
}
