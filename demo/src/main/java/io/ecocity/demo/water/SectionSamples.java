package io.ecocity.demo.water;

import io.ecocity.demo.city.DemoCity.Section;
import io.ecocity.events.water.WaterSample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Monthly manual samples of the nine sections. Each section-year has a planned class (see {@link Section}); the
 * items that decide it are given annual means inside that class's band, and the last sample of a year is set so the
 * year's mean is exactly the plan's: the services' year assessment (the mean of each item, then its class) finds the
 * planned class. 沙田泗盛 is held back by dissolved oxygen, 新围 and 旗岭 by ammonia nitrogen.
 */
public final class SectionSamples {

    /** Every section is sampled on this day of the month at this hour (Beijing time). */
    public static final int SAMPLING_DAY = 10;
    public static final int SAMPLING_HOUR = 10;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private final long seed;

    public SectionSamples(long seed) {
        this.seed = seed;
    }

    /** The planned annual means of one section in one year, by item code. */
    static Map<String, BigDecimal> annualMeans(Section section, String waterClass) {
        boolean lake = section.waterBodyType().equals("LAKE_RESERVOIR");
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        switch (waterClass) {
            case "II" -> {
                means.put("DO", bd("6.80"));
                means.put("CODMn", bd("3.00"));
                means.put("COD", bd("12.0"));
                means.put("BOD5", bd("2.20"));
                means.put("NH3N", bd("0.300"));
                means.put("TP", lake ? bd("0.020") : bd("0.060"));
            }
            case "III" -> {
                means.put("DO", bd("5.60"));
                means.put("CODMn", bd("4.80"));
                means.put("COD", bd("17.0"));
                means.put("BOD5", bd("3.40"));
                means.put("NH3N", bd("0.700"));
                means.put("TP", lake ? bd("0.040") : bd("0.150"));
            }
            case "IV" -> {
                means.put("DO", section.name().equals("沙田泗盛") ? bd("4.20") : bd("5.40"));
                means.put("CODMn", bd("5.60"));
                means.put("COD", bd("19.0"));
                means.put("BOD5", bd("3.60"));
                means.put("NH3N", section.name().equals("沙田泗盛") ? bd("0.850") : bd("1.300"));
                means.put("TP", lake ? bd("0.045") : bd("0.180"));
            }
            default -> throw new IllegalArgumentException("no plan for class " + waterClass);
        }
        if (lake) {
            // total nitrogen is measured in lakes; kept in the section's class in case it is counted
            means.put("TN", waterClass.equals("II") ? bd("0.450") : bd("0.900"));
        }
        means.put("PH", bd("7.20"));
        means.put("F", bd("0.420"));
        means.put("Cu", bd("0.004"));
        means.put("Zn", bd("0.020"));
        means.put("As", bd("0.0020"));
        means.put("Hg", bd("0.00002"));
        means.put("Cd", bd("0.0002"));
        means.put("Cr6", bd("0.004"));
        means.put("Pb", bd("0.0020"));
        means.put("CN", bd("0.002"));
        means.put("VPhenol", bd("0.0010"));
        means.put("Oil", bd("0.020"));
        means.put("LAS", bd("0.040"));
        means.put("S2", bd("0.010"));
        means.put("Se", bd("0.0004"));
        return means;
    }

    /** Planned class of a section in a year. */
    public static String plannedClass(Section section, int year) {
        return year == 2021 ? section.class2021() : year == 2022 ? section.class2022() : section.classLater();
    }

    /** The samples of every month from {@code first} through {@code last}, on the sampling day and hour. */
    public List<WaterSample> samples(Section section, YearMonth first, YearMonth last) {
        List<WaterSample> samples = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            SplittableRandom random = new SplittableRandom(seed ^ (section.sectionId().hashCode() * 131L + year));
            Map<String, BigDecimal> means = annualMeans(section, plannedClass(section, year));
            Map<String, BigDecimal> runningSums = new LinkedHashMap<>();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                if (ym.isBefore(first) || ym.isAfter(last)) {
                    continue;
                }
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (Map.Entry<String, BigDecimal> item : means.entrySet()) {
                    BigDecimal mean = item.getValue();
                    int scale = Math.max(2, mean.scale());
                    BigDecimal value;
                    if (month == 12) {
                        // the year's last sample closes the year on its planned mean
                        value = mean.multiply(BigDecimal.valueOf(12)).subtract(runningSums.getOrDefault(item.getKey(),
                                BigDecimal.ZERO));
                    } else {
                        double wobble = item.getKey().equals("PH") ? 0.03 : 0.10;
                        double seasonal = item.getKey().equals("DO")
                                ? 1 + 0.05 * Math.cos(2 * Math.PI * (month - 1) / 12.0) : 1;
                        value = mean.multiply(BigDecimal.valueOf(seasonal * (1 + wobble * (random.nextDouble() - 0.5))))
                                .setScale(scale, RoundingMode.HALF_UP);
                    }
                    runningSums.merge(item.getKey(), value, BigDecimal::add);
                    values.put(item.getKey(), value);
                }
                OffsetDateTime sampledAt = LocalDate.of(year, month, SAMPLING_DAY).atTime(SAMPLING_HOUR, 0).atOffset(BEIJING);
                samples.add(new WaterSample(section.sectionId(), sampledAt, values));
            }
        }
        return samples;
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
