package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The HJ 663 assessment of the inclusive period [from, to]. */
public record PeriodAssessment(LocalDate from, LocalDate to, int calendarDays,
                               Map<Pollutant, PollutantPeriodStatistics> pollutants,
                               CompositeIndex compositeIndex, AqiDayStatistics aqiDays) {

    public PeriodAssessment {
        pollutants = Collections.unmodifiableMap(new EnumMap<>(pollutants));
    }

    public PollutantPeriodStatistics pollutant(Pollutant pollutant) {
        return pollutants.get(pollutant);
    }

    /** False when any pollutant misses a GB 3095 minimum: the period's statistics must be shown as incomplete. */
    public boolean meetsDataMinimums() {
        return pollutants.values().stream().noneMatch(s -> s.completeness().isBelowMinimum());
    }
}
