package io.ecocity.waste.service;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.domain.FieldViolation;
import io.ecocity.waste.domain.MonthlyReportValidator;
import io.ecocity.waste.domain.WasteQuantity;
import io.ecocity.waste.repository.MonthlyReportEntity;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.ecocity.waste.repository.ReportQuantityEntity;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Accepts monthly quantity reports, from the API and from {@code waste.reports}. A batch is checked as a whole and
 * stored only if every item is acceptable. A report replaces, for its town and month, each stream it carries as a
 * whole (a stream left out stays as it was), so a correction is the same report sent again; every change
 * recomputes the indicators and target progress it touches and announces them.
 */
@ApplicationScoped
public class ReportService {

    static final int MAX_ITEMS = 1_000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final MonthlyReportRepository reports;
    private final CatalogueService catalogues;
    private final IndicatorPublisher indicatorPublisher;
    private final TargetProgressService targetProgress;
    private final WasteRules rules;

    public ReportService(MonthlyReportRepository reports, CatalogueService catalogues, IndicatorPublisher indicatorPublisher,
            TargetProgressService targetProgress, WasteRules rules) {
        this.reports = reports;
        this.catalogues = catalogues;
        this.indicatorPublisher = indicatorPublisher;
        this.targetProgress = targetProgress;
        this.rules = rules;
    }

    /** One town's figures for one month, as sent: quantity key → tonnes. Also the body of a waste.reports event. */
    public record ReportItem(String town, String month,
            @JsonDeserialize(using = QuantitiesDeserializer.class) Map<String, BigDecimal> quantities) {
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record ItemResult(String town, YearMonth month, long revision, Outcome outcome, Set<String> streams) {
    }

    public record Submission(List<ItemResult> items, int indicatorEvents, int targetEvents) {
    }

    /**
     * Stores the batch, or nothing: any bad item answers with every problem of every item (by index) and nothing
     * is stored. {@code source} says where it came from, for the record.
     */
    @Transactional
    public Submission submit(List<ReportItem> items, String source) {
        List<FieldError> errors = validate(items);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(describe(errors, items.size()), errors);
        }
        // Before reading anything: a concurrent batch for another town commits first, and this one's city figures
        // include it (without the lock each would publish a city figure missing the other's town).
        catalogues.lockCityFigures();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // One query for what the batch touches: a query per item would flush the whole batch before each one.
        Map<TownMonth, MonthlyReportEntity> stored = new HashMap<>();
        Set<String> towns = new TreeSet<>();
        Set<java.time.LocalDate> monthStarts = new TreeSet<>();
        items.forEach(item -> {
            towns.add(item.town());
            monthStarts.add(YearMonth.parse(item.month()).atDay(1));
        });
        reports.findWithQuantities(towns, monthStarts)
                .forEach(report -> stored.put(new TownMonth(report.town, YearMonth.from(report.monthStart)), report));
        List<ItemResult> results = new ArrayList<>();
        Set<TownMonth> changed = new LinkedHashSet<>();
        for (ReportItem item : items) {
            ItemResult result = apply(item, stored, source, now);
            results.add(result);
            if (result.outcome() != Outcome.UNCHANGED) {
                changed.add(new TownMonth(result.town(), result.month()));
            }
        }
        try {
            reports.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("another report for the same town and month was stored at the same moment; send it again");
        }
        if (changed.isEmpty()) {
            return new Submission(results, 0, 0);
        }
        ActiveCatalogue catalogue = catalogues.current();
        int indicatorEvents = indicatorPublisher.publishChanges(catalogue, changed);
        int targetEvents = targetProgress.publishFor(catalogue, changed);
        return new Submission(results, indicatorEvents, targetEvents);
    }

    /**
     * {@link #submit} as a request of its own, in its own transaction: a batch of up to {@value #MAX_ITEMS} reports
     * recomputes every indicator it touches, which can take longer than the default minute on a busy machine.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Submission submitRequest(List<ReportItem> items, String source) {
        return submit(items, source);
    }

    /** Every problem of every item; empty when the whole batch may be stored. */
    public List<FieldError> validate(List<ReportItem> items) {
        List<FieldError> errors = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            errors.add(FieldError.of("reports", "at least one report"));
            return errors;
        }
        if (items.size() > MAX_ITEMS) {
            errors.add(FieldError.of("reports", "at most " + MAX_ITEMS + " reports in one request, was " + items.size()));
            return errors;
        }
        YearMonth thisMonth = YearMonth.from(BeijingTime.today());
        Map<String, Integer> firstItemOfStream = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ReportItem item = items.get(i);
            if (item == null) {
                errors.add(FieldError.at(i, "report", "must be an object, was null"));
                continue;
            }
            if (item.town() == null || item.town().isBlank()) {
                errors.add(FieldError.at(i, "town", "required"));
            } else if (!rules.isKnownTown(item.town())) {
                errors.add(FieldError.at(i, "town", "unknown town '" + item.town() + "'; GET /api/waste/towns lists the towns"));
            }
            YearMonth month = parseMonth(i, item.month(), thisMonth, errors);
            if (item.quantities() == null || item.quantities().isEmpty()) {
                errors.add(FieldError.at(i, "quantities", "at least one quantity, e.g. \"household.collected\": 2000"));
                continue;
            }
            for (FieldViolation violation : MonthlyReportValidator.validate(item.quantities())) {
                errors.add(FieldError.at(i, "quantities." + violation.field(), violation.message()));
            }
            for (Map.Entry<String, BigDecimal> quantity : item.quantities().entrySet()) {
                if (quantity.getValue() != null && WasteQuantity.fromKey(quantity.getKey()).isPresent()) {
                    Optional<String> problem = DecimalLimits.problemOf(quantity.getValue());
                    if (problem.isPresent()) {
                        errors.add(FieldError.at(i, "quantities." + quantity.getKey(), problem.get()));
                    }
                }
            }
            if (month != null && item.town() != null) {
                for (String stream : streamsOf(item)) {
                    Integer first = firstItemOfStream.putIfAbsent(item.town() + "|" + month + "|" + stream, i);
                    if (first != null) {
                        errors.add(FieldError.at(i, "quantities." + stream, "duplicate: report " + first + " of this request "
                                + "already carries " + stream + " of " + item.town() + " for " + month));
                    }
                }
            }
        }
        return errors;
    }

    private static YearMonth parseMonth(int index, String text, YearMonth thisMonth, List<FieldError> errors) {
        if (text == null || !MONTH.matcher(text).matches()) {
            errors.add(FieldError.at(index, "month", "required as YYYY-MM, was '" + text + "'"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.isAfter(thisMonth)) {
                errors.add(FieldError.at(index, "month", text + " has not begun (Beijing time)"));
                return null;
            }
            if (month.getYear() < 2000) {
                errors.add(FieldError.at(index, "month", "reports start in 2000, was " + text));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.at(index, "month", "no month " + text));
            return null;
        }
    }

    private ItemResult apply(ReportItem item, Map<TownMonth, MonthlyReportEntity> stored, String source, Instant now) {
        YearMonth month = YearMonth.parse(item.month());
        Set<String> streams = streamsOf(item);
        MonthlyReportEntity report = stored.get(new TownMonth(item.town(), month));
        Map<String, BigDecimal> before = new TreeMap<>();
        if (report != null) {
            report.quantities.forEach(q -> before.put(q.quantityKey, q.tonnes));
        }
        Map<String, BigDecimal> after = new TreeMap<>(before);
        after.keySet().removeIf(key -> streams.contains(WasteQuantity.streamOf(key)));
        after.putAll(item.quantities());
        if (report != null && sameFigures(before, after)) {
            return new ItemResult(item.town(), month, report.revision, Outcome.UNCHANGED, streams);
        }
        Outcome outcome = report == null ? Outcome.CREATED : Outcome.UPDATED;
        if (report == null) {
            report = new MonthlyReportEntity();
            report.town = item.town();
            report.monthStart = month.atDay(1);
            report.createdAt = now;
            report.revision = 0;
        }
        report.revision++;
        report.updatedAt = now;
        report.lastSource = source.length() > 300 ? source.substring(0, 300) : source;
        replaceQuantities(report, after);
        if (report.id == null) {
            reports.persist(report);
            stored.put(new TownMonth(item.town(), month), report);
        }
        return new ItemResult(item.town(), month, report.revision, outcome, streams);
    }

    /** Updates rows in place where a key stays, so a correction rewrites only what changed. */
    private static void replaceQuantities(MonthlyReportEntity report, Map<String, BigDecimal> after) {
        report.quantities.removeIf(q -> !after.containsKey(q.quantityKey));
        Set<String> present = new TreeSet<>();
        for (ReportQuantityEntity quantity : report.quantities) {
            quantity.tonnes = after.get(quantity.quantityKey);
            present.add(quantity.quantityKey);
        }
        after.forEach((key, tonnes) -> {
            if (!present.contains(key)) {
                ReportQuantityEntity quantity = new ReportQuantityEntity();
                quantity.report = report;
                quantity.quantityKey = key;
                quantity.tonnes = tonnes;
                report.quantities.add(quantity);
            }
        });
    }

    private static Set<String> streamsOf(ReportItem item) {
        Set<String> streams = new TreeSet<>();
        item.quantities().keySet().forEach(key -> streams.add(WasteQuantity.streamOf(key)));
        return streams;
    }

    private static boolean sameFigures(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        if (!before.keySet().equals(after.keySet())) {
            return false;
        }
        return before.entrySet().stream().allMatch(e -> e.getValue().compareTo(after.get(e.getKey())) == 0);
    }

    private static String describe(List<FieldError> errors, int items) {
        long bad = errors.stream().map(FieldError::index).distinct().count();
        return bad + " of " + items + " report(s) break the rules (" + errors.size() + " problem(s)); nothing was stored";
    }
}
