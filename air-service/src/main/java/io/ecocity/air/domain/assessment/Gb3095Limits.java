package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Map;

/** GB 3095 Grade I and Grade II concentration limits per edition, from {@code gb3095_limits.csv}. */
public final class Gb3095Limits {

    /** How long the concentration is averaged over; for O3, DAILY is the daily maximum 8-hour value. */
    public enum Averaging { ANNUAL, DAILY, HOURLY }

    public enum Grade { I, II }

    private record Key(Gb3095Edition edition, Pollutant pollutant, Averaging averaging, Grade grade) {
    }

    private static final class Loaded {
        static final Gb3095Limits TABLE = fromTable(StandardTable.load("gb3095_limits.csv"));
    }

    private final Map<Key, BigDecimal> limits;

    private Gb3095Limits(Map<Key, BigDecimal> limits) {
        this.limits = Map.copyOf(limits);
    }

    /** The limits as the project's copy of the standard tables gives them. */
    public static Gb3095Limits fromStandardTable() {
        return Loaded.TABLE;
    }

    public BigDecimal limit(Gb3095Edition edition, Pollutant pollutant, Averaging averaging, Grade grade) {
        BigDecimal value = limits.get(new Key(edition, pollutant, averaging, grade));
        if (value == null) {
            throw new IllegalArgumentException("GB 3095 has no " + grade + " " + averaging + " limit for "
                    + pollutant + " in " + edition);
        }
        return value;
    }

    /** Grade II (二类区) applies to residential, commercial, industrial and rural areas: every city station. */
    public BigDecimal grade2Daily(Gb3095Edition edition, Pollutant pollutant) {
        return limit(edition, pollutant, Averaging.DAILY, Grade.II);
    }

    private static Gb3095Limits fromTable(StandardTable table) {
        Map<Key, BigDecimal> limits = new java.util.HashMap<>();
        for (Map<String, String> row : table.rows()) {
            Gb3095Edition edition = Gb3095Edition.fromTableName(row.get("edition"));
            Pollutant pollutant = pollutantFromTableName(row.get("pollutant"));
            Averaging averaging = averagingFromTableName(row.get("averaging_time"));
            limits.put(new Key(edition, pollutant, averaging, Grade.I), new BigDecimal(row.get("grade_I")));
            limits.put(new Key(edition, pollutant, averaging, Grade.II), new BigDecimal(row.get("grade_II")));
        }
        return new Gb3095Limits(limits);
    }

    static Pollutant pollutantFromTableName(String name) {
        return "PM2.5".equals(name) ? Pollutant.PM25 : Pollutant.valueOf(name);
    }

    private static Averaging averagingFromTableName(String name) {
        return switch (name) {
            case "annual" -> Averaging.ANNUAL;
            case "24h", "daily", "daily max 8h" -> Averaging.DAILY;
            case "1h" -> Averaging.HOURLY;
            default -> throw new IllegalArgumentException("unknown averaging time '" + name + "'");
        };
    }
}
