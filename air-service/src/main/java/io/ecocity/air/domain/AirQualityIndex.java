package io.ecocity.air.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The AQI of one report. {@code aqi}, {@code level}, {@code primaryPollutants} and {@code primaryIndicators}
 * are what may be published: they are empty when {@code aqiWithheld} (HJ 633-2026 §5.3.1: an indicator is
 * missing and the AQI of the others is not above 100, so AQI, level, category and primary pollutant are shown as
 * NA) or when no indicator has an IAQI. {@code aqiFromAvailableIndicators} is the maximum IAQI regardless.
 * {@code exceedancePollutants} (超标污染物, IAQI &gt; 100) exists only in HJ 633-2012 and is always empty in 2026,
 * which deleted the term. {@code individualIndices} holds the indicators given, in table order; indicators of
 * the report that were not given are listed in {@code missingIndicators} (reported as NA, never as zero).
 */
public record AirQualityIndex(AqiEdition edition, AqiReportKind reportKind,
                              Map<AqiIndicator, IndividualAqi> individualIndices,
                              List<AqiIndicator> missingIndicators,
                              OptionalInt aqi,
                              OptionalInt aqiFromAvailableIndicators,
                              boolean aqiWithheld,
                              Optional<AqiLevel> level,
                              Set<Pollutant> primaryPollutants,
                              Set<AqiIndicator> primaryIndicators,
                              Set<Pollutant> exceedancePollutants) {

    public AirQualityIndex {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(reportKind, "reportKind");
        Objects.requireNonNull(aqi, "aqi");
        Objects.requireNonNull(aqiFromAvailableIndicators, "aqiFromAvailableIndicators");
        Objects.requireNonNull(level, "level");
        individualIndices = Collections.unmodifiableMap(new LinkedHashMap<>(individualIndices));
        missingIndicators = List.copyOf(missingIndicators);
        primaryPollutants = immutableEnumSet(primaryPollutants, Pollutant.class);
        primaryIndicators = immutableEnumSet(primaryIndicators, AqiIndicator.class);
        exceedancePollutants = immutableEnumSet(exceedancePollutants, Pollutant.class);
    }

    /** Whether some concentration was above the IAQI table, so the AQI may understate it. */
    public boolean capped() {
        return individualIndices.values().stream().anyMatch(IndividualAqi::capped);
    }

    public Optional<IndividualAqi> individual(AqiIndicator indicator) {
        return Optional.ofNullable(individualIndices.get(indicator));
    }

    private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> values, Class<E> type) {
        return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }
}
