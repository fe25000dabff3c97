package io.ecocity.waste.service;

import io.ecocity.events.EventType;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.waste.domain.AlertType;
import io.ecocity.waste.domain.FieldViolation;
import io.ecocity.waste.domain.ManifestAlerts;
import io.ecocity.waste.domain.ManifestParty;
import io.ecocity.waste.domain.ManifestState;
import io.ecocity.waste.domain.TransitionCheck;
import io.ecocity.waste.domain.WasteAlert;
import io.ecocity.waste.repository.FacilityEntity;
import io.ecocity.waste.repository.FacilityRepository;
import io.ecocity.waste.repository.ManifestEntity;
import io.ecocity.waste.repository.ManifestRepository;
import io.ecocity.waste.repository.ManifestTransitionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hazardous-waste transfer manifests (危险废物转移联单): creation, the state machine of docs/standards/rules.md §5.2 with every
 * transition kept with its time and actor, and the two manifest alerts. Each change is announced on
 * {@code waste.manifests} (ecocity.waste.manifest-changed.v1) keyed by the manifest number; an illegal transition
 * is refused with 409 and changes nothing.
 */
@ApplicationScoped
public class ManifestService {

    /** How far ahead of the server's clock a reported time may be, for clocks of handheld devices. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ManifestRepository manifests;
    private final FacilityRepository facilities;
    private final FacilityService facilityService;
    private final AlertService alerts;
    private final EventOutbox outbox;
    private final WasteRules rules;

    public ManifestService(ManifestRepository manifests, FacilityRepository facilities, FacilityService facilityService,
            AlertService alerts, EventOutbox outbox, WasteRules rules) {
        this.manifests = manifests;
        this.facilities = facilities;
        this.facilityService = facilityService;
        this.alerts = alerts;
        this.outbox = outbox;
        this.rules = rules;
    }

    /** {@code filledAt} is when the consigner filled it in (default: now), for a paper manifest entered afterwards. */
    public record ManifestDraft(String manifestNumber, String consigner, String consignerTown, String carrier,
            String receiverFacilityId, String wasteCategory, String wasteCode, BigDecimal quantityTonnes, String actor,
            OffsetDateTime filledAt) {
    }

    /**
     * A requested transition. {@code occurredAt} is when it happened (default: now), for devices that sync late
     * and paper manifests backfilled; {@code receivedTonnes} goes with a receipt only.
     */
    public record TransitionCommand(ManifestState to, String actor, OffsetDateTime occurredAt, BigDecimal receivedTonnes,
            String note) {
    }

    public record Creation(ManifestEntity manifest, boolean created) {
    }

    /**
     * Whether the caller may make a legal move as the party that makes it; refuses by throwing (the resource answers
     * 403). Called inside the transition's transaction, with the manifest as it is read there.
     */
    @FunctionalInterface
    public interface PartyCheck {
        void require(ManifestEntity manifest, ManifestState to, ManifestParty party);
    }

    @Transactional
    public Creation create(ManifestDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        rules.numberFormat().validate(draft.manifestNumber()).ifPresent(v -> errors.add(FieldError.of(v.field(), v.message())));
        if (!rules.isKnownTown(draft.consignerTown())) {
            errors.add(FieldError.of("consignerTown", "unknown town '" + draft.consignerTown() + "'"));
        }
        if (draft.wasteCategory() == null) {
            errors.add(FieldError.of("wasteCategory", "required, e.g. HW08"));
        }
        if (draft.wasteCode() == null) {
            errors.add(FieldError.of("wasteCode", "required, the 8-digit code of the national list, e.g. 900-041-49"));
        }
        for (FieldViolation violation : rules.codeRules().validate(draft.wasteCategory(), draft.wasteCode())) {
            errors.add(FieldError.of(violation.field(), violation.message()));
        }
        if (draft.quantityTonnes() == null || draft.quantityTonnes().signum() <= 0) {
            errors.add(FieldError.of("quantityTonnes", "required, more than 0 t, was " + draft.quantityTonnes()));
        } else {
            DecimalLimits.problemOf(draft.quantityTonnes()).ifPresent(p -> errors.add(FieldError.of("quantityTonnes", p)));
        }
        checkReceiver(draft, errors);
        if (draft.actor() == null || draft.actor().isBlank()) {
            errors.add(FieldError.of("actor", "required: who fills in the manifest"));
        }
        Instant now = now();
        Instant filledAt = draft.filledAt() == null ? now : draft.filledAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (filledAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.of("filledAt", "must not be in the future, was " + draft.filledAt()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the manifest breaks " + errors.size() + " rule(s); nothing was stored", errors);
        }
        ManifestEntity existing = manifests.findById(draft.manifestNumber());
        if (existing != null) {
            if (sameAttributes(existing, draft)) {
                return new Creation(existing, false);
            }
            throw new ConflictException("manifest " + draft.manifestNumber() + " already exists with other attributes",
                    jakarta.ws.rs.core.UriBuilder.fromPath("/api/waste/manifests/{number}").build(draft.manifestNumber()));
        }
        ManifestEntity manifest = new ManifestEntity();
        manifest.manifestNumber = draft.manifestNumber();
        manifest.state = ManifestState.DRAFT;
        manifest.consigner = draft.consigner();
        manifest.consignerTown = draft.consignerTown();
        manifest.carrier = draft.carrier();
        manifest.receiverFacilityId = draft.receiverFacilityId();
        manifest.wasteCategory = draft.wasteCategory();
        manifest.wasteCode = draft.wasteCode();
        manifest.quantityTonnes = draft.quantityTonnes();
        manifest.createdAt = now;
        manifest.updatedAt = now;
        manifests.persist(manifest);
        record(manifest, null, draft.actor(), filledAt, now, null, null);
        // a concurrent creation of the same number fails here, inside the method, rather than at commit
        manifests.flush();
        return new Creation(manifest, true);
    }

    /**
     * Moves a manifest along the state machine. Refused with 409 (and nothing changes) when the move is not in
     * the graph, or when a receipt's quantity disagrees with the state asked for: off by more than the tolerance
     * must be a DISCREPANCY, within it a RECEIVED. A legal move is first put to {@code parties} with the party that
     * makes it ({@link io.ecocity.waste.domain.ManifestStateMachine#partyOf}).
     */
    @Transactional
    public ManifestEntity transition(String manifestNumber, TransitionCommand command, PartyCheck parties) {
        ManifestEntity manifest = require(manifestNumber);
        if (command.to() == null) {
            throw new InvalidInputException("to", "required: the state to move to");
        }
        ManifestState from = manifest.state;
        ManifestState to = command.to();
        TransitionCheck graph = rules.stateMachine().check(from, to);
        if (!graph.legal()) {
            throw new ConflictException(graph.reason());
        }
        parties.require(manifest, to, rules.stateMachine().partyOf(from, to));
        Instant now = now();
        Instant occurredAt = checkCommand(manifest, command, now);
        boolean receipt = from == ManifestState.IN_TRANSIT;
        ManifestAlerts policy = rules.manifestAlerts();
        if (receipt) {
            boolean off = policy.isQuantityDiscrepancy(manifest.quantityTonnes, command.receivedTonnes());
            TransitionCheck check = rules.stateMachine().checkReceipt(from, to, off);
            if (!check.legal()) {
                throw new ConflictException(check.reason() + " (shipped " + manifest.quantityTonnes.toPlainString()
                        + " t, received " + command.receivedTonnes().toPlainString() + " t, tolerance "
                        + policy.policy().discrepancyTolerancePercent().toPlainString() + " %)");
            }
        }
        manifest.state = to;
        manifest.updatedAt = now;
        switch (to) {
            case IN_TRANSIT -> manifest.pickedUpAt = occurredAt;
            case DISCREPANCY -> {
                receive(manifest, command.receivedTonnes(), occurredAt, now);
                WasteAlert alert = policy.quantityDiscrepancy(manifest.manifestNumber, manifest.quantityTonnes,
                        manifest.receivedTonnes).orElseThrow();
                alerts.raise(new AlertService.AlertDraft(alertId(AlertType.QUANTITY_DISCREPANCY, manifest), alert.type().name(),
                        "WARNING", manifest.manifestNumber, manifest.consignerTown,
                        "Manifest " + manifest.manifestNumber + ": received quantity off the shipped one", alert.message(),
                        policy.deviationPercent(manifest.quantityTonnes, manifest.receivedTonnes).orElse(null),
                        policy.policy().discrepancyTolerancePercent(), "%"), now);
            }
            case RECEIVED -> {
                if (receipt) {
                    receive(manifest, command.receivedTonnes(), occurredAt, now);
                } else {
                    if (command.receivedTonnes() != null) {
                        manifest.receivedTonnes = command.receivedTonnes();
                    }
                    alerts.clear(alertId(AlertType.QUANTITY_DISCREPANCY, manifest), "accepted "
                            + manifest.receivedTonnes.toPlainString() + " t of " + manifest.quantityTonnes.toPlainString()
                            + " t shipped, by " + command.actor(), now);
                }
                facilityService.evaluateCapacity(facilities.findById(manifest.receiverFacilityId),
                        BeijingTime.dayOf(manifest.receivedAt).getYear(), now);
            }
            case REJECTED -> alerts.clear(alertId(AlertType.QUANTITY_DISCREPANCY, manifest),
                    "rejected by " + command.actor() + " and returned to the consigner", now);
            default -> {
                // SUBMITTED, CLOSED, CANCELLED: the state and the transition record are the whole change
            }
        }
        record(manifest, from, command.actor(), occurredAt, now, command.receivedTonnes(), command.note());
        try {
            manifests.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("manifest " + manifestNumber + " was changed at the same moment; read it again and retry");
        }
        return manifest;
    }

    /**
     * Flags every manifest in transit whose receipt deadline passed before {@code today} and raises its
     * RECEIPT_OVERDUE alert; returns how many were found. Run on a schedule, and callable for any day.
     */
    @Transactional
    public int flagOverdueReceipts(LocalDate today) {
        ManifestAlerts policy = rules.manifestAlerts();
        Instant now = now();
        int found = 0;
        for (ManifestEntity manifest : manifests.inTransitNotOverdue()) {
            LocalDate pickupDay = BeijingTime.dayOf(manifest.pickedUpAt);
            var alert = policy.receiptOverdue(manifest.manifestNumber, pickupDay, null, today);
            if (alert.isPresent()) {
                manifest.overdue = true;
                manifest.updatedAt = now;
                alerts.raise(overdueAlert(manifest, alert.get(),
                        policy.policy().calendar().workingDaysBetween(pickupDay, today)), now);
                found++;
            }
        }
        return found;
    }

    @Transactional
    public ManifestEntity require(String manifestNumber) {
        ManifestEntity manifest = manifests.findById(manifestNumber);
        if (manifest == null) {
            throw new NotFoundProblemException("no manifest " + manifestNumber);
        }
        return manifest;
    }

    @Transactional
    public List<ManifestTransitionEntity> transitionsOf(String manifestNumber) {
        return manifests.transitionsOf(manifestNumber);
    }

    @Transactional
    public List<ManifestEntity> page(ManifestState state, String town, String facilityId, String after, int limit) {
        return manifests.page(state, town, facilityId, after, limit);
    }

    /** The last day receipt may be confirmed, once the waste is picked up. */
    public LocalDate receiptDeadline(ManifestEntity manifest) {
        return manifest.pickedUpAt == null ? null
                : rules.manifestAlerts().receiptDeadline(BeijingTime.dayOf(manifest.pickedUpAt));
    }

    /** Records the arrival; a late one is flagged, and its overdue alert raised if the scan had not, then cleared. */
    private void receive(ManifestEntity manifest, BigDecimal receivedTonnes, Instant occurredAt, Instant now) {
        manifest.receivedTonnes = receivedTonnes;
        manifest.receivedAt = occurredAt;
        LocalDate pickupDay = BeijingTime.dayOf(manifest.pickedUpAt);
        LocalDate receivedDay = BeijingTime.dayOf(occurredAt);
        var late = rules.manifestAlerts().receiptOverdue(manifest.manifestNumber, pickupDay, receivedDay, receivedDay);
        if (late.isEmpty()) {
            return;
        }
        if (!manifest.overdue) {
            manifest.overdue = true;
            alerts.raise(overdueAlert(manifest, late.get(),
                    rules.manifestAlerts().policy().calendar().workingDaysBetween(pickupDay, receivedDay)), now);
        }
        alerts.clear(alertId(AlertType.RECEIPT_OVERDUE, manifest), late.get().message(), now);
    }

    private AlertService.AlertDraft overdueAlert(ManifestEntity manifest, WasteAlert alert, int workingDays) {
        return new AlertService.AlertDraft(alertId(AlertType.RECEIPT_OVERDUE, manifest), alert.type().name(), "WARNING",
                manifest.manifestNumber, manifest.consignerTown,
                "Manifest " + manifest.manifestNumber + ": receipt not confirmed in time", alert.message(),
                BigDecimal.valueOf(workingDays), BigDecimal.valueOf(rules.manifestAlerts().policy().receiptWorkingDays()),
                "working days");
    }

    private static String alertId(AlertType kind, ManifestEntity manifest) {
        return AlertService.alertId(kind.name(), manifest.manifestNumber);
    }

    /** The command's own rules (400); returns when the transition happened. */
    private Instant checkCommand(ManifestEntity manifest, TransitionCommand command, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (command.actor() == null || command.actor().isBlank() || command.actor().length() > 200) {
            errors.add(FieldError.of("actor", "required: who makes the transition, at most 200 characters"));
        }
        Instant occurredAt = command.occurredAt() == null ? now : command.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.of("occurredAt", "must not be in the future, was " + command.occurredAt()));
        }
        List<ManifestTransitionEntity> history = manifests.transitionsOf(manifest.manifestNumber);
        Instant previous = history.get(history.size() - 1).occurredAt;
        if (occurredAt.isBefore(previous)) {
            errors.add(FieldError.of("occurredAt", "must not be before the previous transition at " + BeijingTime.of(previous)));
        }
        boolean receipt = manifest.state == ManifestState.IN_TRANSIT;
        boolean acceptance = manifest.state == ManifestState.DISCREPANCY && command.to() == ManifestState.RECEIVED;
        if (command.receivedTonnes() == null) {
            if (receipt) {
                errors.add(FieldError.of("receivedTonnes", "required with a receipt: the tonnes weighed on arrival"));
            }
        } else if (!receipt && !acceptance) {
            errors.add(FieldError.of("receivedTonnes", "only with a receipt (from IN_TRANSIT) or the acceptance of a discrepancy"));
        } else if (command.receivedTonnes().signum() < 0) {
            errors.add(FieldError.of("receivedTonnes", "must not be negative, was " + command.receivedTonnes().toPlainString()));
        } else {
            DecimalLimits.problemOf(command.receivedTonnes()).ifPresent(p -> errors.add(FieldError.of("receivedTonnes", p)));
        }
        if (command.note() != null && command.note().length() > 1_000) {
            errors.add(FieldError.of("note", "at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the transition breaks " + errors.size() + " rule(s); nothing changed", errors);
        }
        return occurredAt;
    }

    private void checkReceiver(ManifestDraft draft, List<FieldError> errors) {
        if (draft.receiverFacilityId() == null || draft.receiverFacilityId().isBlank()) {
            // the manifest names its receiver (a NOT NULL column): without one the insert failed after validation
            errors.add(FieldError.of("receiverFacilityId", "required: the licensed facility that receives the waste"));
            return;
        }
        FacilityEntity facility = facilities.findById(draft.receiverFacilityId());
        if (facility == null) {
            errors.add(FieldError.of("receiverFacilityId", "no licensed facility " + draft.receiverFacilityId()
                    + "; register it with POST /api/waste/facilities"));
            return;
        }
        BigDecimal permitted = draft.wasteCategory() == null ? null : facility.annualCapacityTonnes.get(draft.wasteCategory());
        if (draft.wasteCategory() != null && (permitted == null || permitted.signum() == 0)) {
            errors.add(FieldError.of("receiverFacilityId", "facility " + facility.facilityId + " is not licensed for "
                    + draft.wasteCategory() + "; it is for " + String.join(", ", facility.annualCapacityTonnes.keySet())));
        }
    }

    private void record(ManifestEntity manifest, ManifestState from, String actor, Instant occurredAt, Instant recordedAt,
            BigDecimal receivedTonnes, String note) {
        ManifestTransitionEntity transition = new ManifestTransitionEntity();
        transition.manifestNumber = manifest.manifestNumber;
        transition.fromState = from;
        transition.toState = manifest.state;
        transition.actor = actor.trim();
        transition.occurredAt = occurredAt;
        transition.recordedAt = recordedAt;
        transition.receivedTonnes = receivedTonnes;
        transition.note = note;
        manifests.persistTransition(transition);
        outbox.append(EventType.WASTE_MANIFEST_CHANGED, manifest.manifestNumber, new WasteManifest(manifest.manifestNumber,
                manifest.state.name(), from == null ? null : from.name(), manifest.wasteCategory, manifest.wasteCode,
                manifest.quantityTonnes, manifest.receivedTonnes, manifest.consigner, manifest.carrier,
                manifest.receiverFacilityId, manifest.consignerTown, transition.actor, BeijingTime.of(occurredAt),
                BeijingTime.of(manifest.pickedUpAt), manifest.overdue));
    }

    private static boolean sameAttributes(ManifestEntity m, ManifestDraft d) {
        return m.consigner.equals(d.consigner()) && m.consignerTown.equals(d.consignerTown()) && m.carrier.equals(d.carrier())
                && m.receiverFacilityId.equals(d.receiverFacilityId()) && m.wasteCategory.equals(d.wasteCategory())
                && m.wasteCode.equals(d.wasteCode()) && m.quantityTonnes.compareTo(d.quantityTonnes()) == 0
                && Objects.equals(m.manifestNumber, d.manifestNumber());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
