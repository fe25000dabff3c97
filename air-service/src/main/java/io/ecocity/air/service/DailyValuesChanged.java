package io.ecocity.air.service;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired (as a CDI event, inside the transaction that wrote them) when daily values in {@code air_daily_value}
 * were written or corrected: the statistics and the target progress of the affected years are then recomputed
 * after the commit. {@code scopeIds} are the station ids, town names and {@code CITY} whose days changed.
 */
public record DailyValuesChanged(Set<LocalDate> days, Set<String> scopeIds) {
}
