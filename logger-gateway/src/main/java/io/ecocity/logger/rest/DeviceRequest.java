package io.ecocity.logger.rest;

import io.ecocity.logger.domain.MonitoredItem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data logger to accept packets from. */
public record DeviceRequest(
        @Schema(description = "HJ 212 device number (MN), up to 24 letters, digits, '-' or '_'", example = "010000A8900016F000169DC0")
        @NotNull @Pattern(regexp = "[0-9A-Za-z_\\-]{1,24}", message = "must be 1 to 24 letters, digits, '-' or '_'") String mn,
        @Schema(description = "AIR: an air station's hourly data (air.observations); WATER: a water section's (water.samples)")
        @NotNull MonitoredItem.Kind kind,
        @Schema(description = "The air station id or water section id the logger's data are reported under", example = "DG-01")
        @NotNull @Pattern(regexp = "[0-9A-Za-z_.:\\-]{1,64}", message = "must be 1 to 64 letters, digits or . _ : -") String targetId,
        @Schema(description = "The access password (PW) the logger sends; never returned", example = "123456")
        @NotNull @Size(min = 1, max = 32) @Pattern(regexp = "[^;=&,\\s]+", message = "must not hold ; = & , or spaces") String password) {
}
