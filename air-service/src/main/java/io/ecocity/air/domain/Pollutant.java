package io.ecocity.air.domain;

/**
 * The six basic pollutants of GB 3095, named as in the API (FIWARE AirQualityObserved attribute names).
 * CO is in mg/m³, every other pollutant in µg/m³.
 */
public enum Pollutant {
    SO2("so2", "ug/m3"),
    NO2("no2", "ug/m3"),
    PM10("pm10", "ug/m3"),
    PM25("pm25", "ug/m3"),
    CO("co", "mg/m3"),
    O3("o3", "ug/m3");

    private final String apiName;
    private final String unit;

    Pollutant(String apiName, String unit) {
        this.apiName = apiName;
        this.unit = unit;
    }

    public String apiName() {
        return apiName;
    }

    public String unit() {
        return unit;
    }

    public static Pollutant fromApiName(String name) {
        for (Pollutant p : values()) {
            if (p.apiName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown pollutant '" + name + "'");
    }
}
