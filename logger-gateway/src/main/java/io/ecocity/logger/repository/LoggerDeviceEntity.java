package io.ecocity.logger.repository;

import io.ecocity.logger.domain.MonitoredItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered data logger: its MN, what it monitors and the access password (PW) it must send. */
@Entity
@Table(name = "logger_device")
public class LoggerDeviceEntity {

    @Id
    public String mn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MonitoredItem.Kind kind;

    /** The air station id (kind AIR) or water section id (kind WATER) its data are reported under. */
    @Column(name = "target_id", nullable = false)
    public String targetId;

    @Column(nullable = false)
    public String password;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
