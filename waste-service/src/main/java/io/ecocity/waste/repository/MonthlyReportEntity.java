package io.ecocity.waste.repository;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One town's figures for one month. */
@Entity
@Table(name = "waste_report")
public class MonthlyReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "waste_report")
    @TableGenerator(name = "waste_report", table = "waste_id_block", pkColumnName = "id_name", valueColumnName = "next_id",
            pkColumnValue = "waste_report", allocationSize = IdBlocks.SIZE)
    public Long id;

    @Column(nullable = false, length = 100)
    public String town;

    /** The first day of the reported month. */
    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    /** 1 when first reported, one more with every correction that changed a figure. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Where the last change came from: the API, or a Kafka event with its source and id. */
    @Column(name = "last_source", nullable = false, length = 300)
    public String lastSource;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ReportQuantityEntity> quantities = new ArrayList<>();
}
