package io.ecocity.logger.service;

import io.ecocity.logger.repository.LoggerDeviceEntity;
import io.ecocity.logger.repository.LoggerDeviceRepository;
import io.ecocity.logger.domain.MonitoredItem;
import io.ecocity.support.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;

/** Registration of data loggers: idempotent by MN, so a retried registration is harmless. */
@ApplicationScoped
public class DeviceService {

    public record Registration(LoggerDeviceEntity device, boolean created) {
    }

    private final LoggerDeviceRepository devices;
    private final LatestReadings latest;

    public DeviceService(LoggerDeviceRepository devices, LatestReadings latest) {
        this.devices = devices;
        this.latest = latest;
    }

    @Transactional
    public Registration register(String mn, MonitoredItem.Kind kind, String targetId, String password) {
        LoggerDeviceEntity existing = devices.findById(mn);
        if (existing != null) {
            if (existing.kind == kind && existing.targetId.equals(targetId) && existing.password.equals(password)) {
                return new Registration(existing, false);
            }
            throw new ConflictException("device " + mn + " is registered with other settings; delete it first",
                    URI.create("/api/loggers/devices/" + mn));
        }
        LoggerDeviceEntity device = new LoggerDeviceEntity();
        device.mn = mn;
        device.kind = kind;
        device.targetId = targetId;
        device.password = password;
        // the database keeps microseconds: answer what a later read returns
        device.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        devices.persist(device);
        return new Registration(device, true);
    }

    /** False when no such device was registered. */
    @Transactional
    public boolean delete(String mn) {
        boolean deleted = devices.deleteById(mn);
        latest.forget(mn);
        return deleted;
    }
}
