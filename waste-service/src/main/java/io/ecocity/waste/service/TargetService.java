package io.ecocity.waste.service;

import io.ecocity.support.problem.Revisions;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.repository.TargetEntity;
import io.ecocity.waste.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Yearly targets of the zero-waste indicators, for the city or a town, and their progress. */
@ApplicationScoped
public class TargetService {

    private final TargetRepository targets;
    private final CatalogueService catalogues;
    private final TargetProgressService progress;
    private final WasteRules rules;

    public TargetService(TargetRepository targets, CatalogueService catalogues, TargetProgressService progress, WasteRules rules) {
        this.targets = targets;
        this.catalogues = catalogues;
        this.progress = progress;
        this.rules = rules;
    }

    public record TargetDraft(Integer year, String indicatorCode, String town, BigDecimal targetValue, String setBy) {
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Setting(TargetEntity target, Outcome outcome) {
    }

    /** Sets (or changes) a target; setting the same value again changes nothing. Announces its progress. */
    @Transactional
    public Setting set(TargetDraft draft) {
        catalogues.lockCityFigures(); // target progress reads every town's reports: one writer at a time
        ActiveCatalogue catalogue = catalogues.current();
        List<FieldError> errors = new ArrayList<>();
        if (draft.year() == null || draft.year() < 2000 || draft.year() > 2100) {
            errors.add(FieldError.of("year", "required, 2000 to 2100, was " + draft.year()));
        }
        if (draft.indicatorCode() == null || catalogue.catalogue().find(draft.indicatorCode()).isEmpty()) {
            errors.add(FieldError.of("indicatorCode", "must be an indicator of the catalogue in force ("
                    + catalogue.version() + "): " + String.join(", ", catalogue.catalogue().codes())));
        }
        if (draft.town() != null && !rules.isKnownTown(draft.town())) {
            errors.add(FieldError.of("town", "unknown town '" + draft.town() + "'; omit it for a city target"));
        }
        if (draft.targetValue() == null) {
            errors.add(FieldError.of("targetValue", "required, in the indicator's unit"));
        } else {
            DecimalLimits.problemOf(draft.targetValue()).ifPresent(problem -> errors.add(FieldError.of("targetValue", problem)));
        }
        if (draft.setBy() == null || draft.setBy().isBlank() || draft.setBy().length() > 200) {
            errors.add(FieldError.of("setBy", "required: who sets the target, at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("the target breaks " + errors.size() + " rule(s); nothing was stored", errors);
        }
        WasteScope scope = draft.town() == null ? WasteScope.city() : WasteScope.of(draft.town());
        TargetEntity target = targets.find(draft.year(), draft.indicatorCode(), scope.key()).orElse(null);
        Outcome outcome;
        if (target != null && target.targetValue.compareTo(draft.targetValue()) == 0) {
            return new Setting(target, Outcome.UNCHANGED);
        } else if (target == null) {
            target = new TargetEntity();
            target.year = draft.year();
            target.indicatorCode = draft.indicatorCode();
            target.scopeKey = scope.key();
            target.town = scope.town();
            outcome = Outcome.CREATED;
        } else {
            outcome = Outcome.UPDATED;
        }
        target.targetValue = draft.targetValue();
        target.setBy = draft.setBy().trim();
        target.setAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (target.id == null) {
            targets.persist(target);
        }
        Revisions.flush(targets.getEntityManager(), "target " + target.indicatorCode + " of " + target.year);
        progress.publish(catalogue, target.year, List.of(target));
        return new Setting(target, outcome);
    }

    @Transactional
    public List<TargetEntity> ofYear(int year) {
        return targets.ofYear(year);
    }

    /**
     * Progress of a year's targets on {@code asOf} (by default today, or 31 December of a past year); {@code town}
     * narrows to one town, {@code cityOnly} to the city's targets.
     */
    @Transactional
    public List<TargetProgressView> progress(int year, LocalDate asOf, String town, boolean cityOnly) {
        LocalDate day = asOf != null ? asOf
                : TargetProgressService.publicationDay(year).orElseThrow(() -> new InvalidInputException("year",
                        year + " has not begun; give asOf to look at it from inside the year"));
        if (day.getYear() != year) {
            throw new InvalidInputException("asOf", "asOf " + day + " is not in " + year);
        }
        if (town != null && !rules.isKnownTown(town)) {
            throw new InvalidInputException("town", "unknown town '" + town + "'");
        }
        List<TargetEntity> selected = targets.ofYear(year).stream()
                .filter(t -> cityOnly ? t.town == null : town == null || town.equals(t.town)).toList();
        return progress.progress(catalogues.current(), year, day, selected);
    }
}
