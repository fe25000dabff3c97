package io.ecocity.air.service.statistics;

import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.ExactFraction;
import io.ecocity.air.domain.assessment.ReportingPrecision;
import io.ecocity.air.domain.assessment.YearOnYear;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rounds exact statistics once for publication and states year on year as the bureau's reports do: improvement
 * in percent for concentrations and the composite index, change in percentage points for ratios. By default the
 * change is computed from the published figures (3.35 → 3.29 is 1.8 %), see
 * {@code ecocity.air.statistics.year-on-year-from-reported-figures}.
 */
public final class ReportedFigures {

    /** A concentration or the composite index this period and the same period a year before; null when absent. */
    public record Improvement(BigDecimal value, BigDecimal lastYear, BigDecimal improvementPercent) {
    }

    /** A percentage this period and a year before, and the change in percentage points; null when absent. */
    public record PointsChange(BigDecimal valuePercent, BigDecimal lastYearPercent, BigDecimal changePoints) {
    }

    private final ReportingPrecision precision;
    private final boolean fromReportedFigures;

    public ReportedFigures(AssessmentRules rules) {
        this(rules.precision(), rules.yearOnYearFromReportedFigures());
    }

    public ReportedFigures(ReportingPrecision precision, boolean fromReportedFigures) {
        this.precision = precision;
        this.fromReportedFigures = fromReportedFigures;
    }

    public ReportingPrecision precision() {
        return precision;
    }

    public Improvement concentration(Pollutant pollutant, Optional<ExactFraction> now, Optional<ExactFraction> last) {
        return improvement(now, last, v -> precision.concentration(pollutant, v));
    }

    public Improvement compositeIndex(Optional<ExactFraction> now, Optional<ExactFraction> last) {
        return improvement(now, last, precision::compositeIndex);
    }

    public PointsChange ratio(Optional<ExactFraction> now, Optional<ExactFraction> last) {
        BigDecimal value = now.map(precision::percent).orElse(null);
        BigDecimal lastYear = last.map(precision::percent).orElse(null);
        BigDecimal change = null;
        if (now.isPresent() && last.isPresent()) {
            change = fromReportedFigures ? value.subtract(lastYear)
                    : precision.percent(YearOnYear.changeInPercentagePoints(last.get(), now.get()).orElseThrow());
        }
        return new PointsChange(value, lastYear, change);
    }

    private Improvement improvement(Optional<ExactFraction> now, Optional<ExactFraction> last,
                                    Function<ExactFraction, BigDecimal> round) {
        BigDecimal value = now.map(round).orElse(null);
        BigDecimal lastYear = last.map(round).orElse(null);
        Optional<ExactFraction> change = fromReportedFigures
                ? YearOnYear.improvementPercent(lastYear, value)
                : YearOnYear.improvementPercent(last.orElse(null), now.orElse(null));
        return new Improvement(value, lastYear, change.map(precision::percent).orElse(null));
    }
}
