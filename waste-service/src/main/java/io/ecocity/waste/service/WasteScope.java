package io.ecocity.waste.service;

import io.ecocity.waste.domain.MonthlyFigures;

/** The city as a whole ({@code town} null) or one town (镇街). */
public record WasteScope(String town) {

    public static final String CITY_KEY = "CITY";

    public static WasteScope city() {
        return new WasteScope(null);
    }

    public static WasteScope of(String town) {
        return new WasteScope(town);
    }

    public boolean isCity() {
        return town == null;
    }

    /** {@code CITY} or {@code TOWN}, as the event contracts name the scope. */
    public String kind() {
        return isCity() ? "CITY" : "TOWN";
    }

    /** {@code CITY} or {@code TOWN:<town>}: stored keys and the start of event keys. */
    public String key() {
        return isCity() ? CITY_KEY : "TOWN:" + town;
    }

    public boolean covers(MonthlyFigures figures) {
        return isCity() || town.equals(figures.town());
    }
}
