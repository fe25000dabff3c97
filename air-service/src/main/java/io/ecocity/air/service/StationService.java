package io.ecocity.air.service;

import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationKind;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirStation;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.problem.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Registers and updates stations; every change is announced on {@code air.stations} through the outbox. */
@ApplicationScoped
public class StationService {

    private final StationRepository stations;
    private final EventOutbox outbox;

    public StationService(StationRepository stations, EventOutbox outbox) {
        this.stations = stations;
        this.outbox = outbox;
    }

    public record StationDraft(String stationId, String name, String town, BigDecimal latitude, BigDecimal longitude,
            StationKind kind, boolean assessed) {
    }

    /** What registering did: a new station, or nothing because the same station was already registered. */
    public record Registration(StationEntity station, boolean created) {
    }

    /**
     * Registers a station. Registering the same station again with the same attributes is a no-op (a retry);
     * with other attributes it is a conflict, since changes go through an update.
     */
    @Transactional
    public Registration register(StationDraft draft) {
        StationEntity existing = stations.findById(draft.stationId());
        if (existing != null) {
            if (sameAttributes(existing, draft)) {
                return new Registration(existing, false);
            }
            throw new ConflictException("station " + draft.stationId()
                    + " is already registered with other attributes; update it with PUT /api/air/stations/"
                    + draft.stationId());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StationEntity station = new StationEntity();
        station.stationId = draft.stationId();
        apply(station, draft);
        station.revision = 1;
        station.createdAt = now;
        station.updatedAt = now;
        stations.persist(station);
        outbox.append(EventType.AIR_STATION_REGISTERED, station.stationId, toEvent(station));
        return new Registration(station, true);
    }

    /**
     * Updates a station. With {@code expectedRevision} (If-Match) the update applies only to that revision, and of two
     * updates that read it only one commits (409 for the other); without it the row is locked first, so concurrent
     * updates queue: the last one wins and each of them counts in the revision, so no revision is emitted twice.
     */
    @Transactional
    public StationEntity update(StationDraft draft, Long expectedRevision) {
        StationEntity station = expectedRevision == null
                ? stations.findById(draft.stationId(), LockModeType.PESSIMISTIC_WRITE)
                : stations.findById(draft.stationId());
        if (station == null) {
            throw new NotFoundProblemException("no station " + draft.stationId());
        }
        if (expectedRevision == null) {
            // The row is ours now; read it again, as H2 answers the lock with the version it saw before waiting.
            stations.getEntityManager().refresh(station);
        }
        Revisions.check(expectedRevision, station.revision, "station " + draft.stationId());
        if (sameAttributes(station, draft)) {
            return station;
        }
        apply(station, draft);
        station.revision++;
        station.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        outbox.append(EventType.AIR_STATION_UPDATED, station.stationId, toEvent(station));
        Revisions.flush(stations.getEntityManager(), "station " + station.stationId);
        return station;
    }

    public static AirStation toEvent(StationEntity station) {
        return new AirStation(station.stationId, station.name, station.town, station.latitude, station.longitude,
                station.kind.name(), station.assessed, station.revision, BeijingTime.of(station.updatedAt));
    }

    private static void apply(StationEntity station, StationDraft draft) {
        station.name = draft.name();
        station.town = draft.town();
        station.latitude = draft.latitude();
        station.longitude = draft.longitude();
        station.kind = draft.kind();
        station.assessed = draft.assessed();
    }

    private static boolean sameAttributes(StationEntity station, StationDraft draft) {
        return station.name.equals(draft.name()) && station.town.equals(draft.town())
                && station.latitude.compareTo(draft.latitude()) == 0
                && station.longitude.compareTo(draft.longitude()) == 0
                && station.kind == draft.kind() && station.assessed == draft.assessed()
                && Objects.equals(station.stationId, draft.stationId());
    }
}
