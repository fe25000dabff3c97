package io.ecocity.waste.service;

import io.ecocity.events.EventType;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.waste.domain.IndicatorValue;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.ecocity.waste.repository.PublishedIndicatorEntity;
import io.ecocity.waste.repository.PublishedIndicatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Announces indicator values on {@code waste.indicators} (ecocity.waste.indicator-updated.v1) when they change.
 * A changed month of a town touches its month, quarter and year, for the town and for the city, and the same
 * periods a year later, whose year-on-year comparison it is. Only values that differ from the last announced
 * ones are announced again, and a period nobody has reported for is not announced at all.
 */
@ApplicationScoped
public class IndicatorPublisher {

    private final MonthlyReportRepository reports;
    private final PublishedIndicatorRepository published;
    private final EventOutbox outbox;

    public IndicatorPublisher(MonthlyReportRepository reports, PublishedIndicatorRepository published, EventOutbox outbox) {
        this.reports = reports;
        this.published = published;
        this.outbox = outbox;
    }

    private record ScopedPeriod(WasteScope scope, String periodLabel) {
    }

    /** Recomputes what the changed town-months touch; returns how many events were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishChanges(ActiveCatalogue catalogue, Collection<TownMonth> changed) {
        LocalDate today = BeijingTime.today();
        YearMonth thisMonth = YearMonth.from(today);
        Set<ScopedPeriod> affected = new LinkedHashSet<>();
        for (TownMonth townMonth : changed) {
            for (YearMonth month : List.of(townMonth.month(), townMonth.month().plusYears(1))) {
                if (month.isAfter(thisMonth)) {
                    continue;
                }
                for (String label : periodLabelsOf(month)) {
                    affected.add(new ScopedPeriod(WasteScope.city(), label));
                    affected.add(new ScopedPeriod(WasteScope.of(townMonth.town()), label));
                }
            }
        }
        if (affected.isEmpty()) {
            return 0;
        }
        Map<String, ReportingPeriod> periods = new LinkedHashMap<>();
        affected.forEach(scoped -> periods.computeIfAbsent(scoped.periodLabel(), label -> ReportingPeriod.ofLabel(label, today)));
        LocalDate earliest = periods.values().stream().map(ReportingPeriod::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = periods.values().stream().map(ReportingPeriod::to).max(LocalDate::compareTo).orElseThrow();
        FigureSet figures = new FigureSet(reports.figures(YearMonth.from(earliest).minusYears(1), YearMonth.from(latest), null));

        Map<String, PublishedIndicatorEntity> previous = new HashMap<>();
        for (PublishedIndicatorEntity row : published.ofPeriods(periods.keySet())) {
            previous.put(row.scopeKey + "|" + row.periodLabel + "|" + row.indicatorCode, row);
        }
        int events = 0;
        for (ScopedPeriod scoped : affected) {
            ReportingPeriod period = periods.get(scoped.periodLabel());
            IndicatorReport report = IndicatorService.report(catalogue, figures, scoped.scope(), period, Map.of());
            for (IndicatorFigure figure : report.indicators()) {
                String rowKey = scoped.scope().key() + "|" + scoped.periodLabel() + "|" + figure.indicator().code();
                if (publishIfChanged(previous.get(rowKey), scoped.scope(), period, figure, catalogue.version())) {
                    events++;
                }
            }
        }
        return events;
    }

    /** Every reported town-month again, e.g. after the catalogue changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int republishAll(ActiveCatalogue catalogue) {
        List<TownMonth> all = reports.allTownMonths().stream()
                .map(row -> new TownMonth((String) row[0], YearMonth.from((LocalDate) row[1]))).toList();
        return publishChanges(catalogue, all);
    }

    /** The month itself, its quarter and its year: {@code 2023-05}, {@code 2023-Q2}, {@code 2023}. */
    static List<String> periodLabelsOf(YearMonth month) {
        return List.of(month.toString(), month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1),
                Integer.toString(month.getYear()));
    }

    private boolean publishIfChanged(PublishedIndicatorEntity row, WasteScope scope, ReportingPeriod period,
            IndicatorFigure figure, String catalogueVersion) {
        IndicatorValue value = figure.current().value();
        IndicatorValue lastYear = figure.lastYear().value();
        String absence = value.isPresent() ? null : value.absenceReason().name();
        if (row == null && figure.current().reportsUsed() == 0) {
            return false;
        }
        if (row != null && sameNumber(row.value, value.value()) && Objects.equals(row.absenceReason, absence)
                && sameNumber(row.lastYearValue, lastYear.value()) && row.catalogueVersion.equals(catalogueVersion)) {
            return false;
        }
        if (row == null) {
            row = new PublishedIndicatorEntity();
            row.scopeKey = scope.key();
            row.periodLabel = period.label();
            row.indicatorCode = figure.indicator().code();
        }
        row.value = value.value();
        row.absenceReason = absence;
        row.lastYearValue = lastYear.value();
        row.catalogueVersion = catalogueVersion;
        row.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (row.id == null) {
            published.persist(row);
        }
        outbox.append(EventType.WASTE_INDICATOR_UPDATED, scope.key() + ":" + figure.indicator().code(),
                new WasteIndicator(figure.indicator().code(), figure.indicator().nameZh(), figure.indicator().nameEn(),
                        scope.kind(), scope.town(), period.label(), period.from(), period.to(), value.value(), absence,
                        figure.indicator().unit(), figure.indicator().direction().name(), lastYear.value(), catalogueVersion));
        return true;
    }

    private static boolean sameNumber(BigDecimal stored, BigDecimal computed) {
        return stored == null ? computed == null : computed != null && stored.compareTo(computed) == 0;
    }
}
