package io.ecocity.waste.service;

import io.ecocity.support.problem.Revisions;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.waste.domain.AlertType;
import io.ecocity.waste.domain.CapacityUsage;
import io.ecocity.waste.domain.FacilityPermit;
import io.ecocity.waste.domain.ReceivedShipment;
import io.ecocity.waste.domain.WasteAlert;
import io.ecocity.waste.repository.FacilityEntity;
import io.ecocity.waste.repository.FacilityKind;
import io.ecocity.waste.repository.FacilityRepository;
import io.ecocity.waste.repository.ManifestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Licensed hazardous-waste utilisation and disposal facilities, their permitted annual capacity per HW category,
 * the capacity used by accepted manifests, and the capacity alerts (CAPACITY_NEAR_LIMIT at the configured share,
 * NO_PERMITTED_CAPACITY for tonnes accepted in a category without capacity).
 */
@ApplicationScoped
public class FacilityService {

    private final FacilityRepository facilities;
    private final ManifestRepository manifests;
    private final AlertService alerts;
    private final WasteRules rules;

    public FacilityService(FacilityRepository facilities, ManifestRepository manifests, AlertService alerts, WasteRules rules) {
        this.facilities = facilities;
        this.manifests = manifests;
        this.alerts = alerts;
        this.rules = rules;
    }

    public record FacilityDraft(String facilityId, String name, String town, String licenceNumber, FacilityKind kind,
            Map<String, BigDecimal> annualCapacityTonnes) {
    }

    public record Registration(FacilityEntity facility, boolean created) {
    }

    /** Registers a facility; the same facility again is a safe retry, other attributes under its id a conflict. */
    @Transactional
    public Registration register(FacilityDraft draft) {
        validate(draft);
        FacilityEntity existing = facilities.findById(draft.facilityId());
        if (existing != null) {
            if (sameAttributes(existing, draft)) {
                return new Registration(existing, false);
            }
            throw new ConflictException("facility " + draft.facilityId() + " is already registered with other attributes; "
                    + "update it with PUT /api/waste/facilities/" + draft.facilityId(),
                    jakarta.ws.rs.core.UriBuilder.fromPath("/api/waste/facilities/{id}").build(draft.facilityId()));
        }
        Instant now = now();
        FacilityEntity facility = new FacilityEntity();
        facility.facilityId = draft.facilityId();
        apply(facility, draft);
        facility.revision = 1;
        facility.createdAt = now;
        facility.updatedAt = now;
        facilities.persist(facility);
        facilities.flush(); // a concurrent registration of the same id fails here, not at commit
        return new Registration(facility, true);
    }

    /** Changes a facility's licence or capacities; the current year's capacity alerts follow the new capacities. */
    /**
     * With {@code expectedRevision} (If-Match) the update applies only to that revision, and of two updates that
     * read it only one commits; without it the row is locked first, so concurrent updates queue: the last one
     * wins and every one of them counts in the revision.
     */
    @Transactional
    public FacilityEntity update(FacilityDraft draft, Long expectedRevision) {
        validate(draft);
        FacilityEntity facility = expectedRevision == null
                ? facilities.findById(draft.facilityId(), LockModeType.PESSIMISTIC_WRITE)
                : facilities.findById(draft.facilityId());
        if (facility == null) {
            throw new NotFoundProblemException("no facility " + draft.facilityId());
        }
        if (expectedRevision == null) {
            // The row is ours now; read it again, as H2 answers the lock with the version it saw before waiting.
            facilities.getEntityManager().refresh(facility);
        }
        Revisions.check(expectedRevision, facility.revision, "facility " + draft.facilityId());
        if (sameAttributes(facility, draft)) {
            return facility;
        }
        apply(facility, draft);
        facility.revision++;
        facility.updatedAt = now();
        Revisions.flush(facilities.getEntityManager(), "facility " + facility.facilityId);
        evaluateCapacity(facility, BeijingTime.today().getYear(), facility.updatedAt);
        return facility;
    }

    @Transactional
    public FacilityEntity require(String facilityId) {
        FacilityEntity facility = facilities.findById(facilityId);
        if (facility == null) {
            throw new NotFoundProblemException("no facility " + facilityId);
        }
        return facility;
    }

    @Transactional
    public List<FacilityEntity> page(String afterId, int limit) {
        return facilities.pageAfter(afterId, limit);
    }

    /** Permitted and accepted tonnes per category in {@code year}, from manifests RECEIVED or CLOSED that year. */
    @Transactional
    public List<CapacityUsage> capacity(String facilityId, int year) {
        FacilityEntity facility = require(facilityId);
        return rules.manifestAlerts().capacityUsage(permitOf(facility), year, acceptedShipments(facility.facilityId, year));
    }

    /** Raises or clears the facility's capacity alerts of one year; returns how many alert events were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int evaluateCapacity(FacilityEntity facility, int year, Instant at) {
        int events = 0;
        for (CapacityUsage usage : rules.manifestAlerts().capacityUsage(permitOf(facility), year,
                acceptedShipments(facility.facilityId, year))) {
            Optional<WasteAlert> alert = rules.manifestAlerts().capacityAlert(usage);
            for (AlertType kind : List.of(AlertType.CAPACITY_NEAR_LIMIT, AlertType.NO_PERMITTED_CAPACITY)) {
                String id = AlertService.alertId(kind.name(), facility.facilityId, usage.category(), year);
                if (alert.isPresent() && alert.get().type() == kind) {
                    events += alerts.raise(draftOf(facility, usage, alert.get(), id), at) ? 1 : 0;
                } else {
                    events += alerts.clear(id, usage.category() + ": " + usage.receivedTonnes().toPlainString()
                            + " t accepted in " + year + " against " + usage.permittedTonnes().toPlainString()
                            + " t permitted; below the alert level", at) ? 1 : 0;
                }
            }
        }
        return events;
    }

    private AlertService.AlertDraft draftOf(FacilityEntity facility, CapacityUsage usage, WasteAlert alert, String id) {
        boolean noCapacity = alert.type() == AlertType.NO_PERMITTED_CAPACITY;
        boolean full = !noCapacity && usage.usedSharePercent().compareTo(new BigDecimal("100")) >= 0;
        String title = noCapacity
                ? facility.name + " accepted " + usage.category() + " without permitted capacity"
                : facility.name + " has used " + usage.usedSharePercent().toPlainString() + " % of its " + usage.category() + " capacity";
        return new AlertService.AlertDraft(id, alert.type().name(), noCapacity || full ? "CRITICAL" : "WARNING",
                facility.facilityId, facility.town, title, alert.message(),
                noCapacity ? usage.receivedTonnes() : usage.usedSharePercent(),
                noCapacity ? BigDecimal.ZERO : rules.manifestAlerts().policy().capacityAlertSharePercent(),
                noCapacity ? "t" : "%");
    }

    private List<ReceivedShipment> acceptedShipments(String facilityId, int year) {
        Instant from = BeijingTime.startOf(LocalDate.of(year, 1, 1));
        Instant to = BeijingTime.startOf(LocalDate.of(year + 1, 1, 1));
        return manifests.acceptedBy(facilityId, from, to).stream()
                .map(m -> new ReceivedShipment(m.manifestNumber, m.wasteCategory, m.receivedTonnes, BeijingTime.dayOf(m.receivedAt)))
                .toList();
    }

    static FacilityPermit permitOf(FacilityEntity facility) {
        return new FacilityPermit(facility.facilityId, facility.annualCapacityTonnes);
    }

    private void validate(FacilityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!rules.isKnownTown(draft.town())) {
            errors.add(FieldError.of("town", "unknown town '" + draft.town() + "'"));
        }
        if (draft.annualCapacityTonnes() == null || draft.annualCapacityTonnes().isEmpty()) {
            errors.add(FieldError.of("annualCapacityTonnes", "at least one HW category with its permitted tonnes a year"));
        } else {
            draft.annualCapacityTonnes().forEach((category, tonnes) -> {
                String field = "annualCapacityTonnes." + category;
                if (!rules.codeRules().isKnownCategory(category)) {
                    errors.add(FieldError.of(field, category + " is not a category of the national list (HW01 to HW50)"));
                } else if (tonnes == null || tonnes.signum() < 0) {
                    errors.add(FieldError.of(field, "permitted tonnes a year, 0 or more, was " + tonnes));
                } else {
                    DecimalLimits.problemOf(tonnes).ifPresent(problem -> errors.add(FieldError.of(field, problem)));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the facility breaks " + errors.size() + " rule(s); nothing was stored", errors);
        }
    }

    private static void apply(FacilityEntity facility, FacilityDraft draft) {
        facility.name = draft.name();
        facility.town = draft.town();
        facility.licenceNumber = draft.licenceNumber();
        facility.kind = draft.kind();
        facility.annualCapacityTonnes.clear();
        facility.annualCapacityTonnes.putAll(draft.annualCapacityTonnes());
    }

    private static boolean sameAttributes(FacilityEntity facility, FacilityDraft draft) {
        Map<String, BigDecimal> stored = new TreeMap<>();
        facility.annualCapacityTonnes.forEach((category, tonnes) -> stored.put(category, tonnes.stripTrailingZeros()));
        Map<String, BigDecimal> given = new TreeMap<>();
        draft.annualCapacityTonnes().forEach((category, tonnes) -> given.put(category, tonnes.stripTrailingZeros()));
        return facility.name.equals(draft.name()) && facility.town.equals(draft.town())
                && facility.licenceNumber.equals(draft.licenceNumber()) && facility.kind == draft.kind()
                && Objects.equals(stored, given);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
