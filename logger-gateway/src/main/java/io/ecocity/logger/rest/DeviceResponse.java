package io.ecocity.logger.rest;

import io.ecocity.logger.domain.MonitoredItem;
import io.ecocity.logger.repository.LoggerDeviceEntity;
import io.ecocity.support.api.BeijingTime;
import java.time.OffsetDateTime;

/** A registered data logger; its password is never returned. */
public record DeviceResponse(String mn, MonitoredItem.Kind kind, String targetId, OffsetDateTime registeredAt) {

    static DeviceResponse of(LoggerDeviceEntity device) {
        return new DeviceResponse(device.mn, device.kind, device.targetId, BeijingTime.of(device.createdAt));
    }
}
