package io.ecocity.air.service.statistics;

import java.util.Objects;

/**
 * What a statistic describes: the city (its assessed stations, as the daily assessment averaged them), a town
 * (镇街) or one station. {@link #key()} is the event key on air.statistics: {@code CITY}, {@code TOWN:<town>} or
 * the station id.
 */
public record StatisticsScope(Kind kind, String id) {

    public enum Kind { CITY, TOWN, STATION }

    public static final StatisticsScope CITY = new StatisticsScope(Kind.CITY, "CITY");

    public StatisticsScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static StatisticsScope town(String town) {
        return new StatisticsScope(Kind.TOWN, town);
    }

    public static StatisticsScope station(String stationId) {
        return new StatisticsScope(Kind.STATION, stationId);
    }

    /** From the stored scope and scope id of {@code air_daily_value}; empty for a scope this service does not know. */
    public static java.util.Optional<StatisticsScope> ofStored(String scope, String scopeId) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(scope)) {
                return java.util.Optional.of(kind == Kind.CITY ? CITY : new StatisticsScope(kind, scopeId));
            }
        }
        return java.util.Optional.empty();
    }

    /** The {@code scope} column of {@code air_daily_value}. */
    public String storedScope() {
        return kind.name();
    }

    /** The {@code scope_id} column of {@code air_daily_value}. */
    public String storedScopeId() {
        return id;
    }

    public String key() {
        return switch (kind) {
            case CITY -> "CITY";
            case TOWN -> "TOWN:" + id;
            case STATION -> id;
        };
    }

    /** Targets exist for the city and towns only. */
    public boolean canHaveTargets() {
        return kind != Kind.STATION;
    }
}
