package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes the indicators of a catalogue over period sums of the monthly reports. Formulas are parsed
 * once, here; values are rounded once, to each indicator's scale, with a rounding mode that defaults to
 * HALF_UP (the GB/T 8170 details are unverified, hence the choice is the caller's).
 */
public final class IndicatorCalculator {

    private static final Set<String> KNOWN_QUANTITIES = Arrays.stream(WasteQuantity.values())
            .map(WasteQuantity::key).collect(Collectors.toUnmodifiableSet());

    private final IndicatorCatalogue catalogue;
    private final RoundingMode rounding;
    private final Map<String, IndicatorFormula> formulas = new LinkedHashMap<>();

    public IndicatorCalculator(IndicatorCatalogue catalogue) {
        this(catalogue, RoundingMode.HALF_UP);
    }

    /** Rejects a catalogue whose formulas read names that no monthly report field carries. */
    public IndicatorCalculator(IndicatorCatalogue catalogue, RoundingMode rounding) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.rounding = Objects.requireNonNull(rounding);
        for (IndicatorDefinition indicator : catalogue.indicators()) {
            IndicatorFormula formula = IndicatorFormula.parse(indicator.formula());
            Set<String> unknown = unknownQuantities(formula);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("indicator " + indicator.code() + " reads unknown quantities " + unknown);
            }
            formulas.put(indicator.code(), formula);
        }
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    public RoundingMode rounding() {
        return rounding;
    }

    public IndicatorFormula formula(String code) {
        IndicatorFormula formula = formulas.get(code);
        if (formula == null) {
            throw new IllegalArgumentException("unknown indicator " + code);
        }
        return formula;
    }

    /** Every indicator, in catalogue order. */
    public List<IndicatorResult> computeAll(Map<String, BigDecimal> periodSums) {
        return catalogue.indicators().stream()
                .map(indicator -> new IndicatorResult(indicator, evaluate(indicator, periodSums)))
                .toList();
    }

    public IndicatorResult compute(String code, Map<String, BigDecimal> periodSums) {
        IndicatorDefinition indicator = catalogue.require(code);
        return new IndicatorResult(indicator, evaluate(indicator, periodSums));
    }

    private IndicatorValue evaluate(IndicatorDefinition indicator, Map<String, BigDecimal> periodSums) {
        return formulas.get(indicator.code()).evaluate(periodSums, indicator.scale(), rounding);
    }

    /**
     * Sums monthly reports into period sums. A quantity is summed only when every report carries it:
     * a total over some months of a period would understate it and yield a wrong rate, so a gap makes
     * the quantity missing and the indicators that need it {@link AbsenceReason#NO_DATA}.
     */
    public static Map<String, BigDecimal> sumReports(Collection<Map<String, BigDecimal>> reports) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        if (reports.isEmpty()) {
            return sums;
        }
        Set<String> keys = new TreeSet<>();
        reports.forEach(report -> keys.addAll(report.keySet()));
        for (String key : keys) {
            BigDecimal total = BigDecimal.ZERO;
            boolean complete = true;
            for (Map<String, BigDecimal> report : reports) {
                BigDecimal value = report.get(key);
                if (value == null) {
                    complete = false;
                    break;
                }
                total = total.add(value);
            }
            if (complete) {
                sums.put(key, total);
            }
        }
        return sums;
    }

    /**
     * The figures an indicator rests on: those that carry at least one quantity its formula reads. A town that
     * reported only other streams, or a month without this stream, neither adds to the sums nor, through
     * {@link #sumReports}, makes a quantity missing; a report that carries some of the indicator's quantities but
     * not all still does, because its numerator and denominator would no longer cover the same figures.
     */
    public List<MonthlyFigures> relevantFigures(String code, Collection<MonthlyFigures> figures) {
        Set<String> names = formula(code).quantityNames();
        return figures.stream().filter(figure -> figure.reportsAnyOf(names)).toList();
    }

    /** Period sums for one indicator over the figures it rests on; see {@link #relevantFigures}. */
    public Map<String, BigDecimal> sumsFor(String code, Collection<MonthlyFigures> figures) {
        return sumReports(relevantFigures(code, figures).stream().map(MonthlyFigures::quantities).toList());
    }

    /** One indicator over any set of town-month figures (a town's months, or every town's for the city). */
    public IndicatorComputation computeOver(String code, Collection<MonthlyFigures> figures) {
        List<MonthlyFigures> relevant = relevantFigures(code, figures);
        Map<String, BigDecimal> sums = sumReports(relevant.stream().map(MonthlyFigures::quantities).toList());
        TreeSet<YearMonth> months = new TreeSet<>();
        TreeSet<String> towns = new TreeSet<>();
        relevant.forEach(figure -> {
            months.add(figure.month());
            towns.add(figure.town());
        });
        return new IndicatorComputation(compute(code, sums), relevant.size(), months, towns);
    }

    /** Every indicator of the catalogue over the figures, in catalogue order. */
    public List<IndicatorComputation> computeAllOver(Collection<MonthlyFigures> figures) {
        return catalogue.codes().stream().map(code -> computeOver(code, figures)).toList();
    }

    /** The quantity names of {@code formula} that no monthly report field carries, sorted. */
    public static Set<String> unknownQuantities(IndicatorFormula formula) {
        Set<String> unknown = new TreeSet<>(formula.quantityNames());
        unknown.removeAll(KNOWN_QUANTITIES);
        return unknown;
    }

    /** See {@link MonthlyReportValidator} for the checks. */
    public List<FieldViolation> validateMonthlyReport(Map<String, BigDecimal> report) {
        return MonthlyReportValidator.validate(report);
    }
}
