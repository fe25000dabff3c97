package io.ecocity.gateway.service;

/**
 * A change of the city view worth telling stream clients about; fired inside the transaction that made it and
 * delivered only once that transaction has committed, so a client never sees what was rolled back.
 */
public record CityChange(String name, String id, Object payload) {

    public static final String ALERT = "alert";
    public static final String CITY_AQI = "city-aqi";
    public static final String SCORECARD = "scorecard";
}
