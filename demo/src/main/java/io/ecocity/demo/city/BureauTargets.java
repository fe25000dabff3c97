package io.ecocity.demo.city;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly targets the bureau sets for the demo city, as the province hands them down: a little tighter each year,
 * met in most years and missed in a few (ozone in 2022, the water good share in 2021), as a real city's are.
 * Years after the last row keep the last row's targets.
 */
public final class BureauTargets {

    /** The city's air targets of a year; a town's PM2.5 target is the city's scaled by how polluted the town is. */
    public record Air(int year, BigDecimal pm25Mean, BigDecimal goodDayRatio, BigDecimal compositeIndex,
            BigDecimal o3P90, int heavyPollutionDays) {
    }

    /** The city's water targets of a year: the good share (I–III) to reach and the 劣V sections allowed. */
    public record Water(int year, BigDecimal goodSharePercentAtLeast, int worseThanVSectionsAllowed) {
    }

    private static final List<Air> AIR = List.of(
            new Air(2021, bd("24"), bd("90"), bd("3.50"), bd("165"), 0),
            new Air(2022, bd("22"), bd("92"), bd("3.35"), bd("165"), 0),
            new Air(2023, bd("21"), bd("92"), bd("3.30"), bd("170"), 0),
            new Air(2024, bd("21"), bd("93"), bd("3.25"), bd("170"), 0),
            new Air(2025, bd("20"), bd("93"), bd("3.20"), bd("168"), 0),
            new Air(2026, bd("19"), bd("94"), bd("3.15"), bd("166"), 0));

    private static final List<Water> WATER = List.of(
            new Water(2021, bd("66.7"), 0),
            new Water(2022, bd("66.7"), 0),
            new Water(2023, bd("77.8"), 0),
            new Water(2024, bd("77.8"), 0),
            new Water(2025, bd("77.8"), 0),
            new Water(2026, bd("88.9"), 0));

    /**
     * Zero-waste indicator targets by year (2021 … 2026), in the indicator's unit (percent); the direction is the
     * indicator's own (at least, except the landfill share: at most).
     */
    private static final Map<String, int[]> WASTE = new LinkedHashMap<>();

    static {
        WASTE.put("INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", new int[] {90, 91, 92, 93, 94, 95});
        WASTE.put("HOUSEHOLD_WASTE_RECYCLING_RATE", new int[] {35, 37, 39, 40, 42, 43});
        WASTE.put("HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE", new int[] {100, 100, 100, 100, 100, 100});
        WASTE.put("HOUSEHOLD_WASTE_LANDFILL_SHARE", new int[] {6, 5, 4, 3, 2, 1});
        WASTE.put("CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE", new int[] {55, 60, 63, 66, 70, 75});
        WASTE.put("STRAW_UTILISATION_RATE", new int[] {88, 89, 90, 91, 92, 93});
        WASTE.put("LIVESTOCK_MANURE_UTILISATION_RATE", new int[] {85, 86, 88, 89, 90, 92});
        WASTE.put("HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE", new int[] {95, 95, 96, 96, 97, 97});
        WASTE.put("MEDICAL_WASTE_DISPOSAL_RATE", new int[] {100, 100, 100, 100, 100, 100});
    }

    private static final int FIRST_YEAR = 2021;

    private BureauTargets() {
    }

    public static Air air(int year) {
        return AIR.stream().filter(t -> t.year() == year).findFirst().orElseGet(() -> {
            Air last = AIR.get(AIR.size() - 1);
            return new Air(year, last.pm25Mean(), last.goodDayRatio(), last.compositeIndex(), last.o3P90(),
                    last.heavyPollutionDays());
        });
    }

    /** A town's PM2.5 target: the city's, looser in the industrial towns and tighter in the cleaner ones. */
    public static BigDecimal townPm25(int year, DemoCity.Town town) {
        return air(year).pm25Mean().multiply(BigDecimal.valueOf(town.pollutionFactor()))
                .setScale(0, java.math.RoundingMode.HALF_UP);
    }

    public static Water water(int year) {
        return WATER.stream().filter(t -> t.year() == year).findFirst()
                .orElseGet(() -> new Water(year, WATER.get(WATER.size() - 1).goodSharePercentAtLeast(), 0));
    }

    /** The zero-waste targets of a year, indicator code to target value. */
    public static Map<String, BigDecimal> waste(int year) {
        int index = Math.max(0, Math.min(year - FIRST_YEAR, 5));
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        WASTE.forEach((code, values) -> targets.put(code, BigDecimal.valueOf(values[index])));
        return targets;
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
