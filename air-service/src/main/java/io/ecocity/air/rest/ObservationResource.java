package io.ecocity.air.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.air.domain.HourlyObservation;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.repository.ObservationStore;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.service.ObservationIngestService;
import io.ecocity.air.service.ObservationValidator;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Hourly observations of the stations")
public class ObservationResource {

    private final ObservationValidator validator;
    private final ObservationIngestService ingest;
    private final ObservationStore store;
    private final StationRepository stations;
    private final Caller caller;

    public ObservationResource(ObservationValidator validator, ObservationIngestService ingest,
                               ObservationStore store,
                               StationRepository stations, Caller caller) {
        this.validator = validator;
        this.ingest = ingest;
        this.store = store;
        this.stations = stations;
        this.caller = caller;
    }

    @Schema(description = "What the batch changed.")
    public record IngestResponse(
            @Schema(description = "Items in the batch") int received,
            @Schema(description = "New station-hours") int created,
            @Schema(description = "Station-hours received again with other values: the new values replace the old, "
                    + "the revision is kept, every derived value is recomputed and "
                    + "ecocity.air.observation-corrected.v1 is emitted") int corrected,
            @Schema(description = "Station-hours received again with the same values: nothing changed") int unchanged) {
    }

    @Schema(description = "One station-hour as stored, with its revision.")
    public record ObservationResponse(String stationId, OffsetDateTime time, BigDecimal so2, BigDecimal no2,
                                      BigDecimal pm10, BigDecimal pm25, BigDecimal co, BigDecimal o3, long revision,
                                      List<CorrectionResponse> corrections) {
    }

    @Schema(description = "One correction of a station-hour: the values it replaced.")
    public record CorrectionResponse(long revision, OffsetDateTime correctedAt, BigDecimal so2, BigDecimal no2,
                                     BigDecimal pm10, BigDecimal pm25, BigDecimal co, BigDecimal o3) {
    }

    @RolesAllowed(Roles.INGEST_AIR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report hourly observations (a batch of up to 10,000)",
            description = "A JSON array of {stationId, time, so2, no2, pm10, pm25, co, o3}. time is the END of the hour "
                    + "in ISO-8601 with offset (Beijing time: 2025-05-01T01:00:00+08:00 covers 00:00–01:00); any subset "
                    + "of pollutants may be given (µg/m³, CO mg/m³). The whole batch is checked first: an unknown "
                    + "station, a negative or NaN value, a value above its plausibility ceiling (configuration "
                    + "ecocity.air.observations.ceilings.*, defaults above real extremes such as dust storms), a time "
                    + "more than an hour ahead (ecocity.air.observations.max-ahead-of-now), a field that is not a known "
                    + "pollutant or the same station-hour twice answer 400 application/problem+json naming each item "
                    + "by index and field, and nothing of the request is stored. The same station-hour again with the "
                    + "same values changes nothing; with other values it is a correction. Reports and events follow "
                    + "within a fraction of a second.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObservationItem[].class)))
    public IngestResponse report(InputStream body) {
        JsonNode batch;
        try {
            batch = validator.read(body);
        } catch (IOException e) {
            throw new InvalidInputException("the body is not JSON", List.of(FieldError.of("body", "not JSON")));
        }
        ObservationValidator.Checked checked = validator.checkBatch(batch);
        if (!checked.valid()) {
            throw new InvalidInputException(checked.errors().size() + " problem(s) in the batch; nothing was stored",
                    checked.errors());
        }
        requireOwnTown(checked.observations());
        ObservationStore.WriteResult result = ingest.ingest(checked.observations());
        return new IngestResponse(checked.observations().size(), result.created(), result.corrected(),
                result.unchanged());
    }

    @GET
    @Path("{stationId}/{time}")
    @Operation(summary = "One station-hour with its revision history",
            description = "time is the end of the hour, ISO-8601 with offset.")
    public ObservationResponse one(@PathParam("stationId") String stationId, @PathParam("time") String time) {
        Instant hourEnd;
        try {
            hourEnd = OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("time", "not an ISO-8601 time with offset");
        }
        ObservationStore.StoredObservation stored = store.ofStation(stationId, hourEnd, hourEnd, 1).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundProblemException("no observation of " + stationId + " at " + time));
        List<CorrectionResponse> corrections = store.corrections(stationId, hourEnd).stream()
                .map(c -> new CorrectionResponse(c.revision(), BeijingTime.of(c.correctedAt()), c.previous()[0],
                        c.previous()[1], c.previous()[2], c.previous()[3], c.previous()[4], c.previous()[5]))
                .toList();
        return new ObservationResponse(stored.stationId(), BeijingTime.of(stored.hourEnd()),
                stored.value(Pollutant.SO2), stored.value(Pollutant.NO2), stored.value(Pollutant.PM10),
                stored.value(Pollutant.PM25), stored.value(Pollutant.CO), stored.value(Pollutant.O3),
                stored.revision(), corrections);
    }

    /** A town system's caller posts only for the stations of its own town (403 naming the first other one). */
    private void requireOwnTown(List<HourlyObservation> observations) {
        if (caller.town().isEmpty()) {
            return;
        }
        Set<String> checked = new HashSet<>();
        for (HourlyObservation observation : observations) {
            if (checked.add(observation.stationId())) {
                StationEntity station = stations.findById(observation.stationId());
                caller.requireTown(station == null ? "" : station.town, "station " + observation.stationId());
            }
        }
    }

    @Schema(description = "One item of the batch (the payload of ecocity.air.observation-reported.v1).")
    public record ObservationItem(
            @Schema(example = "DG-GC-01") String stationId,
            @Schema(description = "end of the hour", example = "2025-05-01T14:00:00+08:00") OffsetDateTime time,
            @Schema(description = "µg/m³") BigDecimal so2, @Schema(description = "µg/m³") BigDecimal no2,
            @Schema(description = "µg/m³") BigDecimal pm10, @Schema(description = "µg/m³") BigDecimal pm25,
            @Schema(description = "mg/m³") BigDecimal co, @Schema(description = "µg/m³") BigDecimal o3) {
    }

}
