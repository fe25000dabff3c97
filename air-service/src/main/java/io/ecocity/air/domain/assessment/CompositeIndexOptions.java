package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The composite index (综合指数) configuration: one term per pollutant. The HJ 663-2026 weights and
 * denominators are unverified (docs/standards/rules.md §3.3), so they are configuration; the default is the unweighted sum over
 * GB 3095-2012 Grade II limits (SO2 60, NO2 40, PM10 70, PM2.5 35, CO 4, O3 160) that provinces publish.
 *
 * @param terms the pollutants in the index
 * @param fromReportedConcentrations when true each C is first rounded to its reporting precision, as a city
 *                                   report that recomputes the index from published concentrations would; [U],
 *                                   default false (exact C)
 */
public record CompositeIndexOptions(Map<Pollutant, CompositeIndexTerm> terms, boolean fromReportedConcentrations) {

    private static final Pattern PERCENTILE = Pattern.compile("^(\\d+)th percentile");

    public CompositeIndexOptions {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the composite index needs at least one pollutant");
        }
        terms.forEach((pollutant, term) -> {
            if (term.pollutant() != pollutant) {
                throw new IllegalArgumentException("term for " + term.pollutant() + " filed under " + pollutant);
            }
        });
        terms = Collections.unmodifiableMap(new EnumMap<>(terms));
    }

    /** Unweighted, GB 3095-2012 Grade II denominators, from {@code composite_index_denominators.csv}. */
    public static CompositeIndexOptions unweightedGb3095Grade2() {
        return fromTable("weight_unweighted");
    }

    /**
     * UNVERIFIED: the weights one public code base claims for HJ 663-2026 (PM2.5 ×3, NO2 ×2, O3 ×2, others ×1),
     * with the same denominators. Offered only so a city can switch once the text is confirmed.
     */
    public static CompositeIndexOptions claimedHj663_2026Weights() {
        return fromTable("weight_claimed_weighted");
    }

    public CompositeIndexOptions withTerm(CompositeIndexTerm term) {
        Map<Pollutant, CompositeIndexTerm> changed = new EnumMap<>(terms);
        changed.put(term.pollutant(), term);
        return new CompositeIndexOptions(changed, fromReportedConcentrations);
    }

    public CompositeIndexOptions withDenominator(Pollutant pollutant, BigDecimal denominator) {
        return withTerm(term(pollutant).withDenominator(denominator));
    }

    public CompositeIndexOptions withWeight(Pollutant pollutant, BigDecimal weight) {
        return withTerm(term(pollutant).withWeight(weight));
    }

    public CompositeIndexOptions withFromReportedConcentrations(boolean value) {
        return new CompositeIndexOptions(terms, value);
    }

    public CompositeIndexTerm term(Pollutant pollutant) {
        CompositeIndexTerm term = terms.get(pollutant);
        if (term == null) {
            throw new IllegalArgumentException(pollutant + " is not in the composite index");
        }
        return term;
    }

    private static CompositeIndexOptions fromTable(String weightColumn) {
        Map<Pollutant, CompositeIndexTerm> terms = new EnumMap<>(Pollutant.class);
        for (Map<String, String> row : StandardTable.load("composite_index_denominators.csv").rows()) {
            Pollutant pollutant = Gb3095Limits.pollutantFromTableName(row.get("pollutant"));
            String statistic = row.get("statistic_C_i");
            Matcher percentile = PERCENTILE.matcher(statistic);
            CompositeIndexTerm term;
            if (statistic.equals("period mean")) {
                term = new CompositeIndexTerm(pollutant, CompositeIndexTerm.Statistic.PERIOD_MEAN, null,
                        new BigDecimal(row.get("denominator_S_i")), new BigDecimal(row.get(weightColumn)));
            } else if (percentile.find()) {
                term = new CompositeIndexTerm(pollutant, CompositeIndexTerm.Statistic.DAILY_PERCENTILE,
                        new BigDecimal(percentile.group(1)), new BigDecimal(row.get("denominator_S_i")),
                        new BigDecimal(row.get(weightColumn)));
            } else {
                throw new IllegalStateException("unknown composite index statistic '" + statistic + "'");
            }
            terms.put(pollutant, term);
        }
        return new CompositeIndexOptions(terms, false);
    }
}
