package io.ecocity.gateway.repository;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the string keys of the view's rows, and the scope keys that tell a city, a town and a station apart. */
public final class ViewKeys {

    public static final String CITY = "CITY";

    private ViewKeys() {
    }

    /** {@code CITY}, {@code TOWN:虎门} or {@code STATION:DG-01}. */
    public static String scopeKey(String scope, String town, String stationId) {
        return switch (scope) {
            case "TOWN" -> "TOWN:" + town;
            case "STATION" -> "STATION:" + stationId;
            default -> CITY;
        };
    }

    public static String town(String town) {
        return "TOWN:" + town;
    }

    public static String of(String... parts) {
        return String.join("|", parts);
    }

    public static String joined(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableList());
    }
}
