package io.ecocity.demo.waste;

import io.ecocity.demo.city.DemoCity;
import io.ecocity.events.waste.WasteReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Monthly waste figures of every town, in tonnes, with the rates of a city building its "zero-waste city": industrial
 * solid waste mostly utilised, household waste incinerated with landfill fading out, recycling and construction-waste
 * utilisation rising year by year. Every report keeps the service's consistency rules (utilised within what was
 * available, treatment within what was collected).
 */
public final class TownWasteReports {

    private final long seed;

    public TownWasteReports(long seed) {
        this.seed = seed;
    }

    public List<WasteReport> reports(YearMonth first, YearMonth last) {
        List<WasteReport> reports = new ArrayList<>();
        for (DemoCity.Town town : DemoCity.TOWNS) {
            SplittableRandom random = new SplittableRandom(seed ^ town.pinyin().hashCode());
            double size = 0.6 + 0.8 * random.nextDouble();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                reports.add(new WasteReport(town.name(), month.toString(), quantities(month, size, random)));
            }
        }
        return reports;
    }

    private static Map<String, BigDecimal> quantities(YearMonth month, double size, SplittableRandom random) {
        double progress = Math.min(1, (month.getYear() - 2021 + month.getMonthValue() / 12.0) / 5.0);
        Map<String, BigDecimal> q = new LinkedHashMap<>();
        double industrial = 21_000 * size * wobble(random, 0.10);
        double fromStorage = industrial * 0.01;
        double utilised = (industrial + fromStorage) * (0.90 + 0.05 * progress) * wobble(random, 0.01);
        utilised = Math.max(fromStorage, Math.min(utilised, industrial + fromStorage));
        q.put("industrialSolid.generated", t(industrial));
        q.put("industrialSolid.utilised", t(utilised));
        q.put("industrialSolid.utilisedFromStorage", t(fromStorage));
        q.put("industrialSolid.disposed", t((industrial + fromStorage - utilised) * 0.8));
        q.put("industrialSolid.stored", t((industrial + fromStorage - utilised) * 0.2));

        double collected = 14_500 * size * wobble(random, 0.06);
        double landfilledShare = 0.06 * (1 - progress);
        double foodShare = 0.05 + 0.05 * progress;
        q.put("household.collected", t(collected));
        q.put("household.recycled", t(collected * (0.45 + 0.15 * progress) * wobble(random, 0.03)));
        q.put("household.incinerated", t(collected * (1 - landfilledShare - foodShare)));
        q.put("household.foodWasteTreated", t(collected * foodShare));
        q.put("household.landfilled", t(collected * landfilledShare));

        double construction = 55_000 * size * wobble(random, 0.15);
        q.put("construction.generated", t(construction));
        q.put("construction.resourceUtilised", t(construction * (0.55 + 0.25 * progress) * wobble(random, 0.02)));

        double straw = 120 * size * wobble(random, 0.2);
        q.put("agricultural.strawCollectible", t(straw));
        q.put("agricultural.strawUtilised", t(straw * (0.88 + 0.08 * progress)));
        double manure = 900 * size * wobble(random, 0.1);
        q.put("agricultural.manureGenerated", t(manure));
        q.put("agricultural.manureUtilised", t(manure * (0.85 + 0.1 * progress)));

        double medical = 260 * size * wobble(random, 0.08);
        q.put("medical.generated", t(medical));
        q.put("medical.disposed", t(medical));

        double hazardous = 5_200 * size * wobble(random, 0.1);
        q.put("hazardous.generated", t(hazardous));
        q.put("hazardous.utilised", t(hazardous * (0.55 + 0.1 * progress)));
        q.put("hazardous.disposed", t(hazardous * (0.43 - 0.1 * progress)));
        // keep the consistency rules exact after rounding
        clampAtMost(q, "industrialSolid.utilised", sum(q, "industrialSolid.generated", "industrialSolid.utilisedFromStorage"));
        clampAtMost(q, "construction.resourceUtilised", q.get("construction.generated"));
        clampAtMost(q, "agricultural.strawUtilised", q.get("agricultural.strawCollectible"));
        clampAtMost(q, "agricultural.manureUtilised", q.get("agricultural.manureGenerated"));
        BigDecimal treated = sum(q, "household.incinerated", "household.foodWasteTreated", "household.landfilled");
        if (treated.compareTo(q.get("household.collected")) > 0) {
            q.put("household.incinerated", q.get("household.incinerated").subtract(treated.subtract(q.get("household.collected"))));
        }
        return q;
    }

    private static void clampAtMost(Map<String, BigDecimal> q, String key, BigDecimal limit) {
        if (q.get(key).compareTo(limit) > 0) {
            q.put(key, limit);
        }
    }

    private static BigDecimal sum(Map<String, BigDecimal> q, String... keys) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : keys) {
            total = total.add(q.get(key));
        }
        return total;
    }

    private static double wobble(SplittableRandom random, double amplitude) {
        return 1 + amplitude * (2 * random.nextDouble() - 1);
    }

    private static BigDecimal t(double tonnes) {
        return BigDecimal.valueOf(Math.max(0, tonnes)).setScale(2, RoundingMode.HALF_UP);
    }
}
