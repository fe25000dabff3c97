package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the AQI is computed, by HJ 633-2012 and HJ 633-2026 (docs/standards/rules.md §1).
 *
 * <ol>
 *   <li>The report kind and edition fix the indicators ({@link #reportIndicators}). The caller gives each
 *       indicator's concentration under the breakpoint column that rates it: for the 2026 real-time report the
 *       PM10/PM2.5 1-hour values go under {@code PM10_24H}/{@code PM25_24H} (2026 §4.2.4: the daily-mean
 *       breakpoints rate them); for the 2012 real-time report those columns carry the 24-hour moving averages and
 *       {@code O3_8H} the 8-hour moving average; for the 2012 daily report {@code O3_1H} is the daily maximum
 *       1-hour value and {@code O3_8H} the daily maximum 8-hour value.</li>
 *   <li>HJ 633-2026 rounds each concentration first (§4.2.2, GB/T 8170, half-even): µg/m³ to an integer, CO
 *       mg/m³ to one decimal. HJ 633-2012 uses the concentration as given (project decision, configurable).</li>
 *   <li>IAQI = IAQI_Lo + (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) · (C − BP_Lo), computed exactly and rounded up to
 *       an integer (2012 §6.2 "全部进位取整数", 2026 §4.2.6). Floating point would ceil 55 into 56 for CO 2.2.</li>
 *   <li>Above 800 µg/m³ the SO2 1-hour and O3 8-hour columns stop: 2012 takes the SO2 24-hour / O3 1-hour IAQI
 *       instead; 2026 gives 200 / 300.</li>
 *   <li>Above the IAQI = 500 breakpoint the standard is silent: capped at 500 and flagged (configurable).</li>
 *   <li>AQI = the maximum IAQI, rounded up like the IAQI; level, category and colour from the level table.
 *       Primary pollutants: when AQI &gt; 50, every pollutant whose IAQI equals the AQI. Exceedance pollutants
 *       (2012 only): IAQI &gt; 100.</li>
 *   <li>Missing indicators are NA. 2026 §5.3.1: the AQI of the remaining indicators is published only when it is
 *       above 100; otherwise AQI, level and primary pollutants are NA.</li>
 * </ol>
 *
 * Breakpoints come from {@code /standards/aqi_breakpoints.csv}, levels from {@code /standards/aqi_levels.csv}.
 * Instances are immutable and thread-safe.
 */
public final class AirQualityIndexCalculator {

    private static final String BREAKPOINTS_TABLE = "/standards/aqi_breakpoints.csv";
    private static final String LEVELS_TABLE = "/standards/aqi_levels.csv";

    /** Where the SO2 1-hour and O3 8-hour columns of both editions end (their notes ² and ³). */
    private static final BigDecimal SPECIAL_RULE_THRESHOLD = new BigDecimal("800");
    private static final int SO2_1H_ABOVE_800_IAQI_2026 = 200;
    private static final int O3_8H_ABOVE_800_IAQI_2026 = 300;
    private static final int PRIMARY_POLLUTANT_ABOVE = 50;
    private static final int EXCEEDANCE_ABOVE = 100;
    private static final int PUBLISH_WITH_MISSING_DATA_ABOVE = 100;

    private static final Map<AqiEdition, Map<AqiReportKind, List<AqiIndicator>>> REPORT_INDICATORS = Map.of(
            AqiEdition.HJ633_2012, Map.of(
                    // 2012 §5.1.3: nine real-time indicators; the PM 1-hour values are listed but have no
                    // breakpoints, so their IAQI comes from the 24-hour moving averages.
                    AqiReportKind.HOURLY, List.of(AqiIndicator.SO2_1H, AqiIndicator.NO2_1H, AqiIndicator.PM10_24H,
                            AqiIndicator.PM25_24H, AqiIndicator.CO_1H, AqiIndicator.O3_1H, AqiIndicator.O3_8H),
                    // 2012 §5.1.2: the O3 IAQI of the day is max(daily max 1h, daily max 8h).
                    AqiReportKind.DAILY, List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H, AqiIndicator.PM10_24H,
                            AqiIndicator.PM25_24H, AqiIndicator.CO_24H, AqiIndicator.O3_1H, AqiIndicator.O3_8H)),
            AqiEdition.HJ633_2026, Map.of(
                    AqiReportKind.HOURLY, List.of(AqiIndicator.SO2_1H, AqiIndicator.NO2_1H, AqiIndicator.PM10_24H,
                            AqiIndicator.PM25_24H, AqiIndicator.CO_1H, AqiIndicator.O3_1H),
                    AqiReportKind.DAILY, List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H, AqiIndicator.PM10_24H,
                            AqiIndicator.PM25_24H, AqiIndicator.CO_24H, AqiIndicator.O3_8H)));

    private record Breakpoint(BigDecimal concentration, int iaqi) {
    }

    private final AqiCalculationOptions options;
    private final Map<AqiEdition, Map<AqiIndicator, List<Breakpoint>>> breakpoints;
    private final List<AqiLevel> levels;

    public AirQualityIndexCalculator() {
        this(AqiCalculationOptions.defaults());
    }

    public AirQualityIndexCalculator(AqiCalculationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.breakpoints = loadBreakpoints();
        this.levels = loadLevels();
    }

    public AqiCalculationOptions options() {
        return options;
    }

    /** The indicators of a report, in table order. */
    public static List<AqiIndicator> reportIndicators(AqiEdition edition, AqiReportKind kind) {
        return REPORT_INDICATORS.get(edition).get(kind);
    }

    /**
     * The indicators a caller may give for a report: the report's own, plus, for the 2012 real-time report, the
     * SO2 24-hour value that replaces the SO2 1-hour IAQI above 800 µg/m³ (it does not enter the AQI otherwise).
     */
    public static Set<AqiIndicator> acceptedIndicators(AqiEdition edition, AqiReportKind kind) {
        Set<AqiIndicator> accepted = EnumSet.copyOf(reportIndicators(edition, kind));
        if (edition == AqiEdition.HJ633_2012 && accepted.contains(AqiIndicator.SO2_1H)) {
            accepted.add(AqiIndicator.SO2_24H);
        }
        return Collections.unmodifiableSet(accepted);
    }

    /** The AQI of a report, with the edition in force on the data's Beijing natural day. */
    public AirQualityIndex calculateForDay(LocalDate beijingDay, AqiReportKind kind,
                                           Map<AqiIndicator, BigDecimal> concentrations) {
        return calculate(AqiEdition.forDay(beijingDay), kind, concentrations);
    }

    public AirQualityIndex calculate(AqiEdition edition, AqiReportKind kind,
                                     Map<AqiIndicator, BigDecimal> concentrations) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(kind, "kind");
        Set<AqiIndicator> accepted = acceptedIndicators(edition, kind);
        concentrations.forEach((indicator, concentration) -> {
            Objects.requireNonNull(indicator, "indicator");
            if (!accepted.contains(indicator)) {
                throw new IllegalArgumentException(indicator + " is not an indicator of the " + edition.tableName()
                        + " " + kind + " report; accepted: " + accepted);
            }
            Objects.requireNonNull(concentration, () -> indicator + ": concentration is null; omit a missing value");
        });

        List<AqiIndicator> reportIndicators = reportIndicators(edition, kind);
        Map<AqiIndicator, IndividualAqi> individual = new LinkedHashMap<>();
        List<AqiIndicator> missing = new ArrayList<>();
        for (AqiIndicator indicator : reportIndicators) {
            BigDecimal concentration = concentrations.get(indicator);
            if (concentration == null) {
                missing.add(indicator);
            } else {
                individual.put(indicator, individualAqi(edition, indicator, concentration));
            }
        }
        substituteAbove800In2012(edition, individual, concentrations);

        OptionalInt available = individual.values().stream()
                .map(IndividualAqi::iaqi)
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .max();
        boolean someIndicatorWithoutIaqi = !missing.isEmpty()
                || individual.values().stream().anyMatch(i -> i.iaqi().isEmpty());
        boolean withheld = edition == AqiEdition.HJ633_2026 && someIndicatorWithoutIaqi
                && available.isPresent() && available.getAsInt() <= PUBLISH_WITH_MISSING_DATA_ABOVE;

        OptionalInt published = withheld ? OptionalInt.empty() : available;
        Optional<AqiLevel> level = Optional.empty();
        Set<AqiIndicator> primaryIndicators = EnumSet.noneOf(AqiIndicator.class);
        if (published.isPresent()) {
            int aqi = published.getAsInt();
            level = Optional.of(levelOf(aqi));
            if (aqi > PRIMARY_POLLUTANT_ABOVE) {
                individual.values().stream()
                        .filter(i -> i.iaqi().isPresent() && i.iaqi().getAsInt() == aqi)
                        .forEach(i -> primaryIndicators.add(i.indicator()));
            }
        }
        Set<Pollutant> primaryPollutants = EnumSet.noneOf(Pollutant.class);
        primaryIndicators.forEach(i -> primaryPollutants.add(i.pollutant()));

        Set<Pollutant> exceedance = EnumSet.noneOf(Pollutant.class);
        if (edition == AqiEdition.HJ633_2012) {
            individual.values().stream()
                    .filter(i -> i.iaqi().isPresent() && i.iaqi().getAsInt() > EXCEEDANCE_ABOVE)
                    .forEach(i -> exceedance.add(i.pollutant()));
        }
        return new AirQualityIndex(edition, kind, individual, missing, published, available, withheld, level,
                primaryPollutants, primaryIndicators, exceedance);
    }

    /**
     * The IAQI of one indicator on its own. Under HJ 633-2012 an SO2 1-hour or O3 8-hour value above 800 has no
     * IAQI of its own ({@code iaqi} empty, the rule named); {@link #calculate} fills in the substitute.
     */
    public IndividualAqi individualAqi(AqiEdition edition, AqiIndicator indicator, BigDecimal concentration) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(concentration, "concentration");
        if (concentration.signum() < 0) {
            throw new IllegalArgumentException(indicator + ": negative concentration " + concentration);
        }
        BigDecimal used = concentrationUsed(edition, indicator, concentration);

        if (used.compareTo(SPECIAL_RULE_THRESHOLD) > 0) {
            if (indicator == AqiIndicator.SO2_1H) {
                return edition == AqiEdition.HJ633_2012
                        ? ruled(indicator, concentration, used, OptionalInt.empty(),
                        IaqiRule.SO2_1H_ABOVE_800_USES_SO2_24H_IAQI)
                        : ruled(indicator, concentration, used, OptionalInt.of(SO2_1H_ABOVE_800_IAQI_2026),
                        IaqiRule.SO2_1H_ABOVE_800_IS_200);
            }
            if (indicator == AqiIndicator.O3_8H) {
                return edition == AqiEdition.HJ633_2012
                        ? ruled(indicator, concentration, used, OptionalInt.empty(),
                        IaqiRule.O3_8H_ABOVE_800_USES_O3_1H_IAQI)
                        : ruled(indicator, concentration, used, OptionalInt.of(O3_8H_ABOVE_800_IAQI_2026),
                        IaqiRule.O3_8H_ABOVE_800_IS_300);
            }
        }

        List<Breakpoint> table = breakpoints.get(edition).get(indicator);
        Breakpoint top = table.get(table.size() - 1);
        if (used.compareTo(top.concentration()) > 0) {
            OptionalInt iaqi = options.aboveTopBreakpoint() == AboveTopBreakpointPolicy.CAP_AT_500
                    ? OptionalInt.of(top.iaqi())
                    : OptionalInt.empty();
            return new IndividualAqi(indicator, concentration, used, iaqi, true, Optional.empty());
        }
        for (int i = 1; i < table.size(); i++) {
            Breakpoint low = table.get(i - 1);
            Breakpoint high = table.get(i);
            if (used.compareTo(high.concentration()) <= 0) {
                BigDecimal rise = BigDecimal.valueOf(high.iaqi() - low.iaqi())
                        .multiply(used.subtract(low.concentration()));
                BigDecimal run = high.concentration().subtract(low.concentration());
                // BigDecimal.divide with a scale rounds the exact quotient once, so this is an exact ceiling.
                int iaqi = low.iaqi() + rise.divide(run, 0, RoundingMode.CEILING).intValueExact();
                return new IndividualAqi(indicator, concentration, used, OptionalInt.of(iaqi), false,
                        Optional.empty());
            }
        }
        throw new IllegalStateException("no breakpoint segment for " + indicator + " " + used);
    }

    /** The concentration the IAQI is computed from: rounded per GB/T 8170 under 2026 (and 2012 if configured). */
    public BigDecimal concentrationUsed(AqiEdition edition, AqiIndicator indicator, BigDecimal concentration) {
        boolean rounds = edition == AqiEdition.HJ633_2026 || options.roundConcentrationsIn2012();
        if (!rounds) {
            return concentration;
        }
        // 2026 §4.2.2: µg/m³ to an integer, CO (mg/m³) to one decimal; one rounding of the exact value.
        int scale = indicator.pollutant() == Pollutant.CO ? 1 : 0;
        return concentration.setScale(scale, options.concentrationRounding());
    }

    public List<AqiLevel> levels() {
        return levels;
    }

    public AqiLevel levelOf(int aqi) {
        return levels.stream()
                .filter(level -> level.contains(aqi))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("AQI " + aqi + " is outside the level table"));
    }

    private void substituteAbove800In2012(AqiEdition edition, Map<AqiIndicator, IndividualAqi> individual,
                                          Map<AqiIndicator, BigDecimal> concentrations) {
        if (edition != AqiEdition.HJ633_2012) {
            return;
        }
        substitute(edition, individual, concentrations, AqiIndicator.SO2_1H, AqiIndicator.SO2_24H);
        substitute(edition, individual, concentrations, AqiIndicator.O3_8H, AqiIndicator.O3_1H);
    }

    private void substitute(AqiEdition edition, Map<AqiIndicator, IndividualAqi> individual,
                            Map<AqiIndicator, BigDecimal> concentrations, AqiIndicator replaced,
                            AqiIndicator replacement) {
        IndividualAqi original = individual.get(replaced);
        BigDecimal replacementConcentration = concentrations.get(replacement);
        if (original == null || original.ruleApplied().isEmpty() || replacementConcentration == null) {
            return;
        }
        IndividualAqi source = individualAqi(edition, replacement, replacementConcentration);
        individual.put(replaced, new IndividualAqi(replaced, original.concentration(), original.concentrationUsed(),
                source.iaqi(), source.capped(), original.ruleApplied()));
    }

    private static IndividualAqi ruled(AqiIndicator indicator, BigDecimal concentration, BigDecimal used,
                                       OptionalInt iaqi, IaqiRule rule) {
        return new IndividualAqi(indicator, concentration, used, iaqi, false, Optional.of(rule));
    }

    private static Map<AqiEdition, Map<AqiIndicator, List<Breakpoint>>> loadBreakpoints() {
        Map<AqiEdition, Map<AqiIndicator, List<Breakpoint>>> byEdition = new EnumMap<>(AqiEdition.class);
        for (Map<String, String> row : StandardCsv.read(BREAKPOINTS_TABLE)) {
            AqiEdition edition = AqiEdition.fromTableName(row.get("edition"));
            AqiIndicator indicator = AqiIndicator.fromTableName(row.get("indicator"));
            byEdition.computeIfAbsent(edition, e -> new EnumMap<>(AqiIndicator.class))
                    .computeIfAbsent(indicator, i -> new ArrayList<>())
                    .add(new Breakpoint(new BigDecimal(row.get("concentration_breakpoint")),
                            Integer.parseInt(row.get("iaqi"))));
        }
        for (AqiEdition edition : AqiEdition.values()) {
            Map<AqiIndicator, List<Breakpoint>> tables = byEdition.get(edition);
            for (AqiIndicator indicator : AqiIndicator.values()) {
                List<Breakpoint> table = tables == null ? null : tables.get(indicator);
                if (table == null || table.size() < 2) {
                    throw new IllegalStateException(BREAKPOINTS_TABLE + ": no breakpoints for " + edition + " "
                            + indicator);
                }
                table.sort(Comparator.comparingInt(Breakpoint::iaqi));
                for (int i = 1; i < table.size(); i++) {
                    if (table.get(i).concentration().compareTo(table.get(i - 1).concentration()) <= 0) {
                        throw new IllegalStateException(BREAKPOINTS_TABLE + ": breakpoints of " + edition + " "
                                + indicator + " do not rise with the IAQI");
                    }
                }
                tables.put(indicator, List.copyOf(table));
            }
        }
        return Collections.unmodifiableMap(byEdition);
    }

    private static List<AqiLevel> loadLevels() {
        List<AqiLevel> loaded = new ArrayList<>();
        for (Map<String, String> row : StandardCsv.read(LEVELS_TABLE)) {
            loaded.add(new AqiLevel(Integer.parseInt(row.get("level")), Integer.parseInt(row.get("aqi_min")),
                    Integer.parseInt(row.get("aqi_max")), row.get("level_cn"), row.get("category_cn"),
                    row.get("category_en"), row.get("colour_cn"), row.get("hex")));
        }
        loaded.sort(Comparator.comparingInt(AqiLevel::minAqi));
        if (loaded.isEmpty() || loaded.get(0).minAqi() != 0 || loaded.get(loaded.size() - 1).maxAqi() != 500) {
            throw new IllegalStateException(LEVELS_TABLE + " must cover AQI 0..500");
        }
        for (int i = 1; i < loaded.size(); i++) {
            if (loaded.get(i).minAqi() != loaded.get(i - 1).maxAqi() + 1) {
                throw new IllegalStateException(LEVELS_TABLE + ": gap or overlap before level "
                        + loaded.get(i).level());
            }
        }
        return List.copyOf(loaded);
    }
}
