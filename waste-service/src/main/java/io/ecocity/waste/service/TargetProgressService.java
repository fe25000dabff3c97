package io.ecocity.waste.service;

import io.ecocity.events.EventType;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.waste.domain.IndicatorCalculator;
import io.ecocity.waste.domain.IndicatorDefinition;
import io.ecocity.waste.domain.MonthlyFigures;
import io.ecocity.waste.domain.QuantitySource;
import io.ecocity.waste.domain.ReportingMonths;
import io.ecocity.waste.domain.WasteTarget;
import io.ecocity.waste.domain.WasteTargetProgress;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.ecocity.waste.repository.TargetEntity;
import io.ecocity.waste.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes yearly target progress (see {@link WasteTargetProgress}) from the stored figures and announces it on
 * {@code waste.targets} (ecocity.waste.target-progress.v1): after a report touching the target's year and scope,
 * after a target is set, after the catalogue changes, and once a day for the current year, since the pace changes
 * with the calendar even without new figures.
 */
@ApplicationScoped
public class TargetProgressService {

    private final TargetRepository targets;
    private final MonthlyReportRepository reports;
    private final WasteRules rules;
    private final EventOutbox outbox;

    private final io.ecocity.waste.repository.CatalogueRepository catalogues;

    public TargetProgressService(TargetRepository targets, MonthlyReportRepository reports, WasteRules rules, EventOutbox outbox,
            io.ecocity.waste.repository.CatalogueRepository catalogues) {
        this.catalogues = catalogues;
        this.targets = targets;
        this.reports = reports;
        this.rules = rules;
        this.outbox = outbox;
    }

    /** Progress of the given targets of one year on {@code asOf}. */
    @Transactional
    public List<TargetProgressView> progress(ActiveCatalogue catalogue, int year, LocalDate asOf, List<TargetEntity> ofYear) {
        FigureSet figures = new FigureSet(reports.figures(YearMonth.of(year, 1), YearMonth.of(year, 12), null));
        return ofYear.stream().map(target -> progressOf(catalogue, target, asOf, figures)).toList();
    }

    /** After reports changed: the city's targets and those of the changed towns, in the changed years. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishFor(ActiveCatalogue catalogue, Collection<TownMonth> changed) {
        Map<Integer, Set<String>> scopeKeysByYear = new HashMap<>();
        for (TownMonth townMonth : changed) {
            Set<String> keys = scopeKeysByYear.computeIfAbsent(townMonth.month().getYear(), year -> new java.util.HashSet<>());
            keys.add(WasteScope.CITY_KEY);
            keys.add(WasteScope.of(townMonth.town()).key());
        }
        int events = 0;
        for (var entry : scopeKeysByYear.entrySet()) {
            List<TargetEntity> touched = targets.ofYear(entry.getKey()).stream()
                    .filter(target -> entry.getValue().contains(target.scopeKey)).toList();
            events += publish(catalogue, entry.getKey(), touched);
        }
        return events;
    }

    /** Every target of every year that has begun, e.g. after the catalogue changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishAll(ActiveCatalogue catalogue) {
        int currentYear = BeijingTime.today().getYear();
        int events = 0;
        Map<Integer, List<TargetEntity>> byYear = new HashMap<>();
        targets.ofYears(1900, currentYear).forEach(target -> byYear.computeIfAbsent(target.year, y -> new java.util.ArrayList<>()).add(target));
        for (var entry : byYear.entrySet()) {
            events += publish(catalogue, entry.getKey(), entry.getValue());
        }
        return events;
    }

    /** The current year's targets as of today: the daily publication. */
    @Transactional
    public int publishCurrentYear(ActiveCatalogue catalogue) {
        catalogues.lockCityFigures(); // reads every town's reports: not beside a report batch being stored
        int year = BeijingTime.today().getYear();
        return publish(catalogue, year, targets.ofYear(year));
    }

    /** Announces the targets of one year as of today, or as of 31 December for a past year; a future year is skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(ActiveCatalogue catalogue, int year, List<TargetEntity> ofYear) {
        Optional<LocalDate> asOf = publicationDay(year);
        if (asOf.isEmpty() || ofYear.isEmpty()) {
            return 0;
        }
        int events = 0;
        for (TargetProgressView view : progress(catalogue, year, asOf.get(), ofYear)) {
            if (view.progress() != null) {
                outbox.append(EventType.WASTE_TARGET_PROGRESS, view.eventKey(), view.toEvent());
                events++;
            }
        }
        return events;
    }

    /** Today within the current year, 31 December for a past year, nothing for a year not yet begun. */
    public static Optional<LocalDate> publicationDay(int year) {
        LocalDate today = BeijingTime.today();
        if (year > today.getYear()) {
            return Optional.empty();
        }
        return Optional.of(year == today.getYear() ? today : LocalDate.of(year, 12, 31));
    }

    private TargetProgressView progressOf(ActiveCatalogue catalogue, TargetEntity target, LocalDate asOf, FigureSet figures) {
        Optional<IndicatorDefinition> indicator = catalogue.catalogue().find(target.indicatorCode);
        if (indicator.isEmpty()) {
            return new TargetProgressView(target, null, null, catalogue.version(), "indicator " + target.indicatorCode
                    + " is not in the catalogue in force (" + catalogue.version() + ")");
        }
        WasteScope scope = target.town == null ? WasteScope.city() : WasteScope.of(target.town);
        WasteTarget domainTarget = new WasteTarget(target.indicatorCode, target.year, target.targetValue, indicator.get().direction());
        QuantitySource source = new ScopedSource(catalogue.calculator(), target.indicatorCode, figures, scope);
        var progress = new WasteTargetProgress(catalogue.calculator(), rules.targetStatusPolicy()).progressOn(domainTarget, asOf, source);
        return new TargetProgressView(target, indicator.get(), progress, catalogue.version(), null);
    }

    /** One indicator's sums for one scope, covering the months that reported what the indicator reads. */
    private record ScopedSource(IndicatorCalculator calculator, String code, FigureSet figures, WasteScope scope)
            implements QuantitySource {

        @Override
        public Map<String, BigDecimal> sumsBetween(LocalDate from, LocalDate to) {
            return calculator.sumsFor(code, figures.within(scope, from, to));
        }

        @Override
        public long daysCovered(LocalDate from, LocalDate to) {
            long days = 0;
            for (YearMonth month : ReportingMonths.wholeMonthsWithin(from, to)) {
                List<MonthlyFigures> ofMonth = figures.inMonths(scope, List.of(month));
                if (!calculator.relevantFigures(code, ofMonth).isEmpty()) {
                    days += month.lengthOfMonth();
                }
            }
            return days;
        }
    }
}
