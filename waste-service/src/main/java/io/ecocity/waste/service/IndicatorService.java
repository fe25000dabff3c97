package io.ecocity.waste.service;

import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.waste.domain.IndicatorDefinition;
import io.ecocity.waste.domain.ReportingMonths;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.ecocity.waste.repository.TargetEntity;
import io.ecocity.waste.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the catalogue's indicators for the city or a town over any period, from the stored monthly figures,
 * with the same period a year before and the yearly targets. Nothing is cached: a correction shows at once.
 */
@ApplicationScoped
public class IndicatorService {

    private final CatalogueService catalogues;
    private final MonthlyReportRepository reports;
    private final TargetRepository targets;
    private final WasteRules rules;

    public IndicatorService(CatalogueService catalogues, MonthlyReportRepository reports, TargetRepository targets,
            WasteRules rules) {
        this.catalogues = catalogues;
        this.reports = reports;
        this.targets = targets;
        this.rules = rules;
    }

    @Transactional
    public IndicatorReport compute(WasteScope scope, ReportingPeriod period) {
        ActiveCatalogue catalogue = catalogues.current();
        FigureSet figures = load(period, scope.town());
        return report(catalogue, figures, scope, period, targetsOf(period, List.of(scope)));
    }

    /** Every configured town over one period, in the configured order. */
    @Transactional
    public List<IndicatorReport> computeByTown(ReportingPeriod period) {
        ActiveCatalogue catalogue = catalogues.current();
        FigureSet figures = load(period, null);
        List<WasteScope> towns = rules.towns().stream().map(WasteScope::of).toList();
        Map<String, BigDecimal> periodTargets = targetsOf(period, towns);
        return towns.stream().map(town -> report(catalogue, figures, town, period, periodTargets)).toList();
    }

    /** One scope over one period from figures already loaded; {@code targets} are keyed by scope key and indicator code. */
    static IndicatorReport report(ActiveCatalogue catalogue, FigureSet figures, WasteScope scope, ReportingPeriod period,
            Map<String, BigDecimal> targets) {
        ReportingPeriod lastYearPeriod = period.yearBefore();
        var current = figures.within(scope, period.from(), period.to());
        var lastYear = figures.within(scope, lastYearPeriod.from(), lastYearPeriod.to());
        List<IndicatorFigure> indicators = new ArrayList<>();
        for (IndicatorDefinition indicator : catalogue.catalogue().indicators()) {
            indicators.add(new IndicatorFigure(indicator,
                    catalogue.calculator().computeOver(indicator.code(), current),
                    catalogue.calculator().computeOver(indicator.code(), lastYear),
                    targets.get(targetKey(scope, indicator.code()))));
        }
        return new IndicatorReport(scope, period, ReportingMonths.wholeMonthsWithin(period.from(), period.to()),
                lastYearPeriod, catalogue.version(), indicators);
    }

    /** The period's months and those a year before, of one town or (null) all. */
    private FigureSet load(ReportingPeriod period, String town) {
        List<YearMonth> months = ReportingMonths.wholeMonthsWithin(period.from(), period.to());
        if (months.isEmpty()) {
            return FigureSet.empty();
        }
        // one span, so that a period longer than a year does not load its middle twice
        return new FigureSet(reports.figures(months.get(0).minusYears(1), months.get(months.size() - 1), town));
    }

    /** Targets apply to a period inside one calendar year: the yearly target of that year. */
    private Map<String, BigDecimal> targetsOf(ReportingPeriod period, List<WasteScope> scopes) {
        Map<String, BigDecimal> found = new HashMap<>();
        if (period.from().getYear() != period.to().getYear()) {
            return found;
        }
        List<String> keys = scopes.stream().map(WasteScope::key).toList();
        for (TargetEntity target : targets.ofYear(period.from().getYear())) {
            if (keys.contains(target.scopeKey)) {
                found.put(target.scopeKey + "|" + target.indicatorCode, target.targetValue);
            }
        }
        return found;
    }

    static String targetKey(WasteScope scope, String indicatorCode) {
        return scope.key() + "|" + indicatorCode;
    }
}
