package io.ecocity.air.domain;

import java.util.Objects;

/**
 * One row of the AQI level table (HJ 633 Table 2/Table 1 and Annex A, identical in both editions).
 * The hex colour is computed from the standard's RGB values.
 */
public record AqiLevel(int level, int minAqi, int maxAqi, String levelChinese, String categoryChinese,
                       String categoryEnglish, String colourChinese, String colourHex) {

    public AqiLevel {
        Objects.requireNonNull(levelChinese, "levelChinese");
        Objects.requireNonNull(categoryChinese, "categoryChinese");
        Objects.requireNonNull(categoryEnglish, "categoryEnglish");
        Objects.requireNonNull(colourChinese, "colourChinese");
        Objects.requireNonNull(colourHex, "colourHex");
        if (minAqi > maxAqi) {
            throw new IllegalArgumentException("level " + level + ": min AQI above max AQI");
        }
    }

    public boolean contains(int aqi) {
        return aqi >= minAqi && aqi <= maxAqi;
    }
}
