package io.ecocity.logger.rest;

import io.ecocity.logger.repository.LoggerDeviceEntity;
import io.ecocity.logger.repository.LoggerDeviceRepository;
import io.ecocity.logger.service.DeviceService;
import io.ecocity.logger.service.LatestReadings;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.DuplicateKeys;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/loggers/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "HJ 212-2017 data loggers (数采仪) allowed to report, by MN")
public class DeviceResource {

    private final DeviceService service;
    private final LoggerDeviceRepository devices;
    private final LatestReadings latest;

    public DeviceResource(DeviceService service, LoggerDeviceRepository devices, LatestReadings latest) {
        this.service = service;
        this.devices = devices;
        this.latest = latest;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Register a data logger",
            description = "201 when new; 200 when the same MN is registered again with the same settings (a safe retry); "
                    + "409 when the MN is registered with other settings. From then on the logger's packets with this "
                    + "MN and PW are taken: hourly data (CN 2061) of an AIR logger become ecocity.air.observation-reported.v1 "
                    + "on air.observations, labelled by the end of the hour (HJ 212's DataTime is its start); of a WATER "
                    + "logger ecocity.water.sample-reported.v1 on water.samples, sampled at DataTime (Beijing time).")
    public Response register(@Valid @NotNull DeviceRequest request) {
        DeviceService.Registration registration = DuplicateKeys.create(
                () -> service.register(request.mn(), request.kind(), request.targetId(), request.password()),
                "device " + request.mn() + " was registered at the same moment by another request; read it",
                () -> UriBuilder.fromPath("/api/loggers/devices/{mn}").build(request.mn()));
        DeviceResponse body = DeviceResponse.of(registration.device());
        return registration.created()
                ? Response.created(URI.create("/api/loggers/devices/" + body.mn())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Operation(summary = "List the registered loggers", description = "In MN order; page with limit (at most 1000) and cursor.")
    public Page<DeviceResponse> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<LoggerDeviceEntity> rows = devices.pageAfter(page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<DeviceResponse> items = rows.stream().limit(page.limit()).map(DeviceResponse::of).toList();
        return new Page<>(items, more ? PageRequest.encode(items.get(items.size() - 1).mn()) : null);
    }

    @GET
    @Path("/{mn}")
    @Operation(summary = "One registered logger")
    public DeviceResponse get(@PathParam("mn") String mn) {
        LoggerDeviceEntity device = devices.findById(mn);
        if (device == null) {
            throw new NotFoundProblemException("no logger with MN " + mn + " is registered");
        }
        return DeviceResponse.of(device);
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{mn}")
    @Operation(summary = "Stop accepting a logger", description = "204; its packets are refused from now on (no 9014). 404 if unknown.")
    public Response delete(@PathParam("mn") String mn) {
        if (!service.delete(mn)) {
            throw new NotFoundProblemException("no logger with MN " + mn + " is registered");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{mn}/latest")
    @Operation(summary = "The logger's latest real-time (2011) or minute (2051) data",
            description = "Held in memory since the gateway started, for checking a device; never the hour's value "
                    + "(only hourly data, 2061, are reported to the suite). 404 when none came since start.")
    public LatestReadings.Latest latest(@PathParam("mn") String mn) {
        return latest.of(mn).orElseThrow(() -> new NotFoundProblemException(
                "no real-time or minute data from MN " + mn + " since the gateway started"));
    }
}
