package io.ecocity.air.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.air.domain.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure functions over the composite_index_denominators.csv copy, no stubs. */
class CompositeIndexTest {

    private static Map<Pollutant, ExactFraction> handExample() {
        Map<Pollutant, ExactFraction> c = new EnumMap<>(Pollutant.class);
        c.put(Pollutant.SO2, ExactFraction.of(10));
        c.put(Pollutant.NO2, ExactFraction.of(30));
        c.put(Pollutant.PM10, ExactFraction.of(60));
        c.put(Pollutant.PM25, ExactFraction.of(30));
        c.put(Pollutant.CO, ExactFraction.of("1.2"));
        c.put(Pollutant.O3, ExactFraction.of(150));
        return c;
    }

    @ParameterizedTest(name = "{0}: {1}/{2}, 4 decimals {3}")
    @CsvSource({
            "SO2, 10, 60, 0.1667",
            "NO2, 30, 40, 0.7500",
            "PM10, 60, 70, 0.8571",
            "PM25, 30, 35, 0.8571",
            "CO, 1.2, 4, 0.3000",
            "O3, 150, 160, 0.9375",
    })
    void subIndexesOfTheHandExample(Pollutant pollutant, String c, String s, String rounded) {
        CompositeIndex index = CompositeIndex.of(handExample(), CompositeIndexOptions.unweightedGb3095Grade2());
        ExactFraction subIndex = index.subIndexes().get(pollutant);
        assertEquals(ExactFraction.of(c).dividedBy(ExactFraction.of(s)), subIndex);
        assertEquals(new BigDecimal(rounded), subIndex.rounded(4, RoundingMode.HALF_EVEN));
    }

    @Test
    void handExampleTotalsThreePointEightSixEight() {
        // 1/6 + 3/4 + 6/7 + 6/7 + 3/10 + 15/16 = 3.86786 exactly as a fraction; docs/standards/rules.md §3.3 reports 3.868
        CompositeIndex index = CompositeIndex.of(handExample(), CompositeIndexOptions.unweightedGb3095Grade2());
        ExactFraction total = index.total().orElseThrow();
        assertEquals(new BigDecimal("3.868"), total.rounded(3, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("3.87"), ReportingPrecision.defaults().compositeIndex(total));
        assertEquals(Set.of(Pollutant.O3), index.largestSubIndex());
        assertTrue(index.missing().isEmpty());
    }

    @Test
    void tiedLargestSubIndexesAreAllNamed() {
        Map<Pollutant, ExactFraction> c = handExample();
        c.put(Pollutant.O3, ExactFraction.of(100));
        CompositeIndex index = CompositeIndex.of(c, CompositeIndexOptions.unweightedGb3095Grade2());
        assertEquals(Set.of(Pollutant.PM10, Pollutant.PM25), index.largestSubIndex());
    }

    @Test
    void missingPollutantLeavesNoTotal() {
        Map<Pollutant, ExactFraction> c = handExample();
        c.remove(Pollutant.CO);
        CompositeIndex index = CompositeIndex.of(c, CompositeIndexOptions.unweightedGb3095Grade2());
        assertTrue(index.total().isEmpty());
        assertEquals(Set.of(Pollutant.CO), index.missing());
        assertEquals(5, index.subIndexes().size());
    }

    @ParameterizedTest(name = "{0}: {1} {2}, S = {3}, weights {4} / {5}")
    @CsvSource({
            "SO2, PERIOD_MEAN, , 60, 1, 1",
            "NO2, PERIOD_MEAN, , 40, 1, 2",
            "PM10, PERIOD_MEAN, , 70, 1, 1",
            "PM25, PERIOD_MEAN, , 35, 1, 3",
            "CO, DAILY_PERCENTILE, 95, 4, 1, 1",
            "O3, DAILY_PERCENTILE, 90, 160, 1, 2",
    })
    void termsAreReadFromTheStandardTable(Pollutant pollutant, CompositeIndexTerm.Statistic statistic,
                                          BigDecimal rank, BigDecimal denominator, BigDecimal unweighted,
                                          BigDecimal claimed) {
        CompositeIndexTerm term = CompositeIndexOptions.unweightedGb3095Grade2().term(pollutant);
        assertEquals(statistic, term.statistic());
        assertEquals(rank, term.percentileRank());
        assertThat(term.denominator()).isEqualByComparingTo(denominator);
        assertThat(term.weight()).isEqualByComparingTo(unweighted);
        assertThat(CompositeIndexOptions.claimedHj663_2026Weights().term(pollutant).weight()).isEqualByComparingTo(claimed);
    }

    @Test
    void claimedWeightsMultiplyTheSubIndexes() {
        // PM2.5 ×3, NO2 ×2, O3 ×2: 1/6 + 2·3/4 + 6/7 + 3·6/7 + 3/10 + 2·15/16 = 7.2702...
        CompositeIndex index = CompositeIndex.of(handExample(), CompositeIndexOptions.claimedHj663_2026Weights());
        ExactFraction expected = ExactFraction.ratio(1, 6).plus(ExactFraction.ratio(3, 2)).plus(ExactFraction.ratio(6, 7))
                .plus(ExactFraction.ratio(18, 7)).plus(ExactFraction.ratio(3, 10)).plus(ExactFraction.ratio(15, 8));
        assertEquals(expected, index.total().orElseThrow());
        assertEquals(new BigDecimal("7.27"), ReportingPrecision.defaults().compositeIndex(index.total().orElseThrow()));
    }

    @Test
    void configuredDenominatorReplacesTheDefault() {
        // a city moving PM2.5 to the GB 3095-2026 transition annual limit (30): sub-index 30/30 = 1
        CompositeIndexOptions options = CompositeIndexOptions.unweightedGb3095Grade2()
                .withDenominator(Pollutant.PM25, new BigDecimal("30"));
        CompositeIndex index = CompositeIndex.of(handExample(), options);
        assertEquals(ExactFraction.of(1), index.subIndexes().get(Pollutant.PM25));
        assertEquals(Set.of(Pollutant.PM25), index.largestSubIndex());
    }
}
