package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The composite index of a period: sub-indexes I = C/S, the total Σ w·I, and the pollutants with the largest
 * sub-index (unweighted I, as the ranking rules name it). A larger index is worse air. Without a statistic
 * for a pollutant of the index there is no total: a partial sum would look like better air.
 */
public record CompositeIndex(Map<Pollutant, ExactFraction> subIndexes, Optional<ExactFraction> total,
                             Set<Pollutant> largestSubIndex, Set<Pollutant> missing) {

    public CompositeIndex {
        subIndexes = Collections.unmodifiableMap(subIndexes.isEmpty()
                ? new EnumMap<>(Pollutant.class) : new EnumMap<>(subIndexes));
        largestSubIndex = largestSubIndex.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(largestSubIndex));
        missing = missing.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(missing));
    }

    /** The index from the statistic C of each pollutant (already chosen per term: mean or percentile). */
    public static CompositeIndex of(Map<Pollutant, ExactFraction> statistics, CompositeIndexOptions options) {
        Map<Pollutant, ExactFraction> subIndexes = new EnumMap<>(Pollutant.class);
        Set<Pollutant> missing = EnumSet.noneOf(Pollutant.class);
        ExactFraction sum = ExactFraction.ZERO;
        for (CompositeIndexTerm term : options.terms().values()) {
            ExactFraction c = statistics.get(term.pollutant());
            if (c == null) {
                missing.add(term.pollutant());
                continue;
            }
            ExactFraction subIndex = c.dividedBy(ExactFraction.of(term.denominator()));
            subIndexes.put(term.pollutant(), subIndex);
            sum = sum.plus(subIndex.times(ExactFraction.of(term.weight())));
        }
        Set<Pollutant> largest = EnumSet.noneOf(Pollutant.class);
        ExactFraction max = null;
        for (Map.Entry<Pollutant, ExactFraction> e : subIndexes.entrySet()) {
            int cmp = max == null ? 1 : e.getValue().compareTo(max);
            if (cmp > 0) {
                largest.clear();
                max = e.getValue();
            }
            if (cmp >= 0) {
                largest.add(e.getKey());
            }
        }
        return new CompositeIndex(subIndexes, missing.isEmpty() ? Optional.of(sum) : Optional.empty(), largest, missing);
    }
}
