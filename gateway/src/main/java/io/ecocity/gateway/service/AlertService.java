package io.ecocity.gateway.service;

import java.util.TreeSet;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import io.ecocity.events.common.Alert;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.repository.CityAlertEntity;
import io.ecocity.gateway.rest.AlertView;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.events.RejectedEventException;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The city's alerts: applied from the domains' alert topics, listed, and acknowledged by the bureau. */
@ApplicationScoped
public class AlertService {

    private static final Set<String> DOMAINS = Set.of("air", "water", "waste");
    private static final Set<String> SEVERITIES = Set.of("INFO", "WARNING", "CRITICAL");
    private static final Set<String> STATES = Set.of("RAISED", "CLEARED");

    private final Event<CityChange> changes;
    private final ViewReader reader;
    private final EntityManager entityManager;
    private final KnownTowns towns;
    private final ViewRows rows;

    public AlertService(Event<CityChange> changes, ViewReader reader, EntityManager entityManager, KnownTowns towns,
            ViewRows rows) {
        this.rows = rows;
        this.changes = changes;
        this.reader = reader;
        this.entityManager = entityManager;
        this.towns = towns;
    }

    /**
     * Applies the alert's state unless the view holds a state stated later: an alert cleared, then a RAISED of
     * before the clearing arriving late, stays cleared.
     */
    public void apply(String topicDomain, Alert alert, Instant eventTime) {
        if (!topicDomain.equals(alert.domain())) {
            throw new RejectedEventException("a " + alert.domain() + " alert on the " + topicDomain + " topic");
        }
        Instant now = Instant.now();
        CityAlertEntity row = rows.find(CityAlertEntity.class, alert.alertId());
        if (row != null && EventOrder.older(eventTime, row.eventTime)) {
            return;
        }
        boolean raisedAgain = row != null && "CLEARED".equals(row.state) && "RAISED".equals(alert.state());
        if (row == null) {
            row = new CityAlertEntity();
            row.alertId = alert.alertId();
        }
        row.domain = alert.domain();
        row.kind = alert.kind();
        row.severity = alert.severity();
        row.state = alert.state();
        row.subjectId = alert.subjectId();
        row.town = alert.town();
        row.title = alert.title();
        row.message = alert.message();
        row.value = alert.value();
        row.threshold = alert.threshold();
        row.unit = alert.unit();
        row.raisedAt = alert.raisedAt().toInstant();
        row.changedAt = now;
        row.eventTime = eventTime;
        if ("CLEARED".equals(alert.state())) {
            row.clearedAt = now;
        } else if (raisedAgain) {
            // the same condition back again is a new occurrence: it needs a new acknowledgement
            row.clearedAt = null;
            row.acknowledgedAt = null;
            row.acknowledgedBy = null;
            row.acknowledgeNote = null;
        }
        row.persist();
        towns.named(alert.town());
        changes.fire(new CityChange(CityChange.ALERT, row.alertId, reader.alert(row)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AlertView> list(String domain, String severity, String state, Boolean acknowledged,
            PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (domain != null) {
            clauses.add("domain = :domain");
            parameters.and("domain", oneOf("domain", domain.toLowerCase(Locale.ROOT), DOMAINS));
        }
        if (severity != null) {
            clauses.add("severity = :severity");
            parameters.and("severity", oneOf("severity", severity.toUpperCase(Locale.ROOT), SEVERITIES));
        }
        if (state != null) {
            clauses.add("state = :state");
            parameters.and("state", oneOf("state", state.toUpperCase(Locale.ROOT), STATES));
        }
        if (acknowledged != null) {
            clauses.add(acknowledged ? "acknowledgedAt is not null" : "acknowledgedAt is null");
        }
        if (page.after() != null) {
            // newest first; the cursor is the (raisedAt, alertId) of the last alert of the previous page
            String[] last = page.after().split("\\|", 2);
            if (last.length != 2) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
            Instant lastRaised;
            try {
                lastRaised = Instant.parse(last[0]);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
            clauses.add("(raisedAt < :lastRaised or (raisedAt = :lastRaised and alertId > :lastId))");
            parameters.and("lastRaised", lastRaised).and("lastId", last[1]);
        }
        String where = String.join(" and ", clauses);
        Sort sort = Sort.descending("raisedAt").and("alertId", Sort.Direction.Ascending);
        PanacheQuery<CityAlertEntity> query = where.isEmpty() ? CityAlertEntity.findAll(sort)
                : CityAlertEntity.find(where, sort, parameters);
        List<CityAlertEntity> rows = query.range(0, page.limit()).list();
        boolean more = query.range(page.limit(), page.limit()).firstResultOptional().isPresent();
        String next = null;
        if (more && !rows.isEmpty()) {
            CityAlertEntity last = rows.get(rows.size() - 1);
            next = PageRequest.encode(last.raisedAt + "|" + last.alertId);
        }
        return new Page<>(rows.stream().map(reader::alert).toList(), next);
    }

    /** Idempotent: acknowledging an acknowledged alert keeps the first acknowledgement. */
    @Transactional
    public AlertView acknowledge(String alertId, String by, String note) {
        CityAlertEntity row = CityAlertEntity.findById(alertId);
        if (row == null) {
            throw new NotFoundProblemException("no alert " + alertId);
        }
        if ("CLEARED".equals(row.state)) {
            throw new ConflictException("alert " + alertId + " is already cleared; there is nothing to acknowledge");
        }
        if (row.acknowledgedAt == null) {
            row.acknowledgedAt = Instant.now();
            row.acknowledgedBy = by;
            row.acknowledgeNote = note;
            // written now, not at commit: an acknowledgement or an event that moved the row meanwhile makes this a
            // 409 (OptimisticLockException) before anyone is told the acknowledgement is theirs
            entityManager.flush();
            changes.fire(new CityChange(CityChange.ALERT, row.alertId, reader.alert(row)));
        }
        return reader.alert(row);
    }

    /** The alerts in state RAISED, per domain and in all, for the city ({@code town} null) or one town. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActiveAlertCounts active(String town) {
        String query = "select a.domain, a.severity, count(a), sum(case when a.acknowledgedAt is null then 1 else 0 end) "
                + "from CityAlertEntity a where a.state = 'RAISED'" + (town == null ? "" : " and a.town = :town")
                + " group by a.domain, a.severity";
        var typed = entityManager.createQuery(query, Object[].class);
        if (town != null) {
            typed.setParameter("town", town);
        }
        return new ActiveAlertCounts(typed.getResultList().stream()
                .map(row -> new ActiveAlertCounts.Row((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList());
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new InvalidInputException(field, field + " '" + value + "' is not one of " + new TreeSet<>(allowed));
        }
        return value;
    }
}
