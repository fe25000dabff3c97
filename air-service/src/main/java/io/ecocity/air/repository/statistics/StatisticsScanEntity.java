package io.ecocity.air.repository.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far a safety-net scan of the daily values has read, by their update time. */
@Entity
@Table(name = "air_statistics_scan")
public class StatisticsScanEntity {

    @Id
    @Column(name = "scan_name")
    public String name;

    @Column(name = "scanned_up_to")
    public Instant scannedUpTo;
}
