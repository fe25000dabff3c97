package io.ecocity.air.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure function, no stubs: the HJ 663 percentile against every row of percentile_vectors.csv. */
class PercentileCalculatorTest {

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = PercentileCalculatorTest.class.getResourceAsStream("/standards/percentile_vectors.csv")) {
            if (in == null) {
                throw new IllegalStateException("percentile_vectors.csv missing from the test classpath");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .skip(1).filter(l -> !l.isBlank()).toList();
            if (lines.size() != 8) {
                throw new IllegalStateException("expected the 8 vectors of the standard table, found " + lines.size());
            }
            return lines.stream().map(line -> {
                List<String> cells = StandardTable.splitLine(line);
                List<BigDecimal> values = Arrays.stream(cells.get(0).trim().split(" ")).map(BigDecimal::new).toList();
                return Arguments.of(values, new BigDecimal(cells.get(1)), Integer.parseInt(cells.get(2)),
                        new BigDecimal(cells.get(3)), new BigDecimal(cells.get(4)));
            }).toList().stream();
        }
    }

    @ParameterizedTest(name = "P{1} of {0} = {4}")
    @MethodSource("vectors")
    void percentileMatchesStandardVector(List<BigDecimal> values, BigDecimal p, int n, BigDecimal k, BigDecimal expected) {
        assertEquals(n, values.size());
        assertThat(PercentileCalculator.rank(n, p)).as("rank k").isEqualByComparingTo(k);
        BigDecimal actual = PercentileCalculator.percentile(values, p).orElseThrow();
        assertThat(actual).as(() -> "expected " + expected + " but was " + actual).isEqualByComparingTo(expected);
    }

    @Test
    void percentileOfNothingIsAbsent() {
        assertTrue(PercentileCalculator.percentile(List.of(), 90).isEmpty());
    }

    @Test
    void hundredthPercentileIsTheMaximumAndZerothTheMinimum() {
        List<BigDecimal> values = List.of(new BigDecimal("7"), new BigDecimal("3"), new BigDecimal("11"));
        assertEquals(new BigDecimal("11"), PercentileCalculator.percentile(values, 100).orElseThrow());
        assertEquals(new BigDecimal("3"), PercentileCalculator.percentile(values, 0).orElseThrow());
    }

    @Test
    void percentileOutsideZeroToHundredIsRejected() {
        List<BigDecimal> values = List.of(BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> PercentileCalculator.percentile(values, 101));
        assertThrows(IllegalArgumentException.class, () -> PercentileCalculator.percentile(values, -1));
    }
}
