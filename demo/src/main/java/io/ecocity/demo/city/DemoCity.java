package io.ecocity.demo.city;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A city shaped like Dongguan: its towns and streets (镇街) with their approximate positions, the air monitoring
 * network (national, provincial and micro stations), the nine national and provincial water sections, and the
 * licensed hazardous-waste facilities. Positions are approximate; the network is invented.
 */
public final class DemoCity {

    /** A town or street (镇街) and roughly where it lies. */
    public record Town(String name, String pinyin, double latitude, double longitude, double pollutionFactor) {
    }

    public record Station(String stationId, String name, String town, BigDecimal latitude, BigDecimal longitude,
            String kind, boolean assessed) {
    }

    /** A water section, with its yearly class plan for the demo years (2021, 2022, later years). */
    public record Section(String sectionId, String name, String river, String waterBodyType, String level, String town,
            String targetClass, BigDecimal latitude, BigDecimal longitude, boolean assessed, String class2021,
            String class2022, String classLater) {
    }

    /** A licensed hazardous-waste facility with its permitted tonnes a year per HW category. */
    public record Facility(String facilityId, String name, String town, String kind, String licenceNumber,
            Map<String, BigDecimal> annualCapacityTonnes) {
    }

    public static final List<Town> TOWNS = List.of(
            new Town("莞城", "guancheng", 23.043, 113.752, 1.05),
            new Town("东城", "dongcheng", 23.018, 113.789, 1.00),
            new Town("南城", "nancheng", 23.013, 113.742, 1.02),
            new Town("万江", "wanjiang", 23.050, 113.716, 1.04),
            new Town("松山湖", "songshanhu", 22.917, 113.888, 0.82),
            new Town("石碣", "shijie", 23.100, 113.800, 1.06),
            new Town("石龙", "shilong", 23.112, 113.855, 1.08),
            new Town("茶山", "chashan", 23.069, 113.870, 1.03),
            new Town("石排", "shipai", 23.085, 113.925, 1.07),
            new Town("企石", "qishi", 23.068, 114.020, 0.98),
            new Town("横沥", "hengli", 23.025, 113.965, 1.01),
            new Town("桥头", "qiaotou", 23.016, 114.090, 0.96),
            new Town("谢岗", "xiegang", 22.960, 114.150, 0.88),
            new Town("东坑", "dongkeng", 22.990, 113.940, 1.02),
            new Town("常平", "changping", 22.975, 114.030, 1.04),
            new Town("寮步", "liaobu", 22.996, 113.879, 1.05),
            new Town("樟木头", "zhangmutou", 22.915, 114.080, 0.93),
            new Town("大朗", "dalang", 22.940, 113.940, 1.06),
            new Town("黄江", "huangjiang", 22.880, 113.995, 0.95),
            new Town("清溪", "qingxi", 22.835, 114.160, 0.86),
            new Town("塘厦", "tangxia", 22.800, 114.090, 0.94),
            new Town("凤岗", "fenggang", 22.745, 114.140, 0.92),
            new Town("大岭山", "dalingshan", 22.900, 113.840, 0.97),
            new Town("长安", "changan", 22.815, 113.805, 1.03),
            new Town("虎门", "humen", 22.815, 113.675, 1.04),
            new Town("厚街", "houjie", 22.940, 113.675, 1.05),
            new Town("沙田", "shatian", 22.915, 113.610, 1.09),
            new Town("道滘", "daojiao", 23.000, 113.675, 1.02),
            new Town("洪梅", "hongmei", 23.000, 113.610, 1.01),
            new Town("麻涌", "machong", 23.050, 113.580, 1.06),
            new Town("望牛墩", "wangniudun", 23.055, 113.655, 1.03),
            new Town("中堂", "zhongtang", 23.090, 113.655, 1.08),
            new Town("高埗", "gaobu", 23.080, 113.730, 1.05));

    private DemoCity() {
    }

    public static Town town(String name) {
        return TOWNS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The five national stations: the city's assessed value is their mean. */
    public static final List<String> NATIONAL_STATION_TOWNS = List.of("莞城", "东城", "南城", "松山湖", "石龙");

    /** The provincial stations of the full network, one in each of 20 towns. */
    public static final int PROVINCIAL_STATIONS = 20;

    /** The full network: 5 national, 20 provincial and {@code microCount} micro stations. */
    public static List<Station> stations(int microCount, long seed) {
        return stations(PROVINCIAL_STATIONS, microCount, seed);
    }

    /**
     * Stations: 5 national (assessed: the city's values are theirs), {@code provincialCount} provincial (at most 20, one
     * in each of as many towns, not assessed for the city but they make the town views), and {@code microCount} micro
     * sensors spread over all towns. A smaller network loads faster and leaves the city's figures as they are.
     */
    public static List<Station> stations(int provincialCount, int microCount, long seed) {
        if (provincialCount < 0 || provincialCount > PROVINCIAL_STATIONS || microCount < 0) {
            throw new IllegalArgumentException("provincial stations 0.." + PROVINCIAL_STATIONS
                    + " and micro stations 0 or more; were " + provincialCount + " and " + microCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Station> stations = new ArrayList<>();
        String[] nationalNames = {"莞城子站", "东城主山", "南城西平", "松山湖管委会", "石龙环保局"};
        for (int i = 0; i < NATIONAL_STATION_TOWNS.size(); i++) {
            Town town = town(NATIONAL_STATION_TOWNS.get(i));
            stations.add(new Station("DG-N%02d".formatted(i + 1), nationalNames[i], town.name(),
                    coordinate(town.latitude(), random), coordinate(town.longitude(), random), "NATIONAL", true));
        }
        List<Town> provincialTowns = TOWNS.stream()
                .filter(t -> !NATIONAL_STATION_TOWNS.contains(t.name())).limit(PROVINCIAL_STATIONS).toList();
        for (int i = 0; i < provincialTowns.size(); i++) {
            Town town = provincialTowns.get(i);
            BigDecimal latitude = coordinate(town.latitude(), random);
            BigDecimal longitude = coordinate(town.longitude(), random);
            if (i >= provincialCount) {
                // drawn all the same, so the micro stations stand where they do in the full network
                continue;
            }
            stations.add(new Station("DG-P%02d".formatted(i + 1), town.name() + "监测站", town.name(), latitude,
                    longitude, "PROVINCIAL", false));
        }
        for (int i = 0; i < microCount; i++) {
            Town town = TOWNS.get(i % TOWNS.size());
            stations.add(new Station("DG-M%03d".formatted(i + 1), town.name() + "微站" + (i / TOWNS.size() + 1),
                    town.name(), coordinate(town.latitude(), random), coordinate(town.longitude(), random), "MICRO",
                    false));
        }
        return stations;
    }

    /**
     * The nine national and provincial sections. 6 of 9 are in classes I–III in 2022 (66.7 %); 共和村 and 樟村 are one
     * class better in 2022 than in 2021; 沙田泗盛 is held at class IV by dissolved oxygen against a class III target.
     */
    public static final List<Section> SECTIONS = List.of(
            new Section("WS-01", "共和村", "东江北干流", "RIVER", "NATIONAL", "石龙", "III", bd(23.108), bd(113.872), true,
                    "III", "II", "II"),
            new Section("WS-02", "樟村", "东江南支流", "RIVER", "NATIONAL", "东城", "III", bd(23.030), bd(113.800), true,
                    "IV", "III", "III"),
            new Section("WS-03", "沙田泗盛", "东江南支流", "RIVER", "PROVINCIAL", "沙田", "III", bd(22.905), bd(113.600),
                    true, "IV", "IV", "IV"),
            new Section("WS-04", "石龙桥", "东江北干流", "RIVER", "PROVINCIAL", "石龙", "II", bd(23.118), bd(113.845), true,
                    "II", "II", "II"),
            new Section("WS-05", "旗岭", "石马河", "RIVER", "NATIONAL", "桥头", "IV", bd(23.020), bd(114.100), true,
                    "IV", "IV", "IV"),
            new Section("WS-06", "新围", "寒溪河", "RIVER", "PROVINCIAL", "寮步", "IV", bd(22.998), bd(113.870), true,
                    "IV", "IV", "III"),
            new Section("WS-07", "虎门大桥", "狮子洋", "RIVER", "NATIONAL", "虎门", "III", bd(22.800), bd(113.640), true,
                    "III", "III", "III"),
            new Section("WS-08", "松山湖", "松山湖", "LAKE_RESERVOIR", "PROVINCIAL", "松山湖", "III", bd(22.930),
                    bd(113.900), true, "III", "III", "II"),
            new Section("WS-09", "同沙水库", "同沙水库", "LAKE_RESERVOIR", "PROVINCIAL", "东城", "II", bd(22.960),
                    bd(113.830), true, "II", "II", "II"));

    public static final List<Facility> FACILITIES = List.of(
            new Facility("HF-01", "东莞市危险废物处理中心", "沙田", "DISPOSAL", "441900000101",
                    tonnes("HW12", 1200, "HW17", 1500, "HW34", 800, "HW49", 1500)),
            new Facility("HF-02", "海心沙资源综合利用中心", "虎门", "UTILISATION", "441900000102",
                    tonnes("HW06", 600, "HW22", 800, "HW49", 600)),
            new Facility("HF-03", "东莞市医疗废物处置中心", "麻涌", "DISPOSAL", "441900000103", tonnes("HW01", 3000)),
            // the small regenerator reaches 90 % of its permit late in most years, raising a capacity alert
            new Facility("HF-04", "桥头废矿物油再生厂", "桥头", "UTILISATION", "441900000104", tonnes("HW08", 175)),
            new Facility("HF-05", "常平废线路板回收厂", "常平", "UTILISATION", "441900000105",
                    tonnes("HW22", 900, "HW49", 700)));

    public static Facility facility(String facilityId) {
        return FACILITIES.stream().filter(f -> f.facilityId().equals(facilityId)).findFirst().orElseThrow();
    }

    private static Map<String, BigDecimal> tonnes(Object... categoryAndTonnes) {
        Map<String, BigDecimal> capacities = new TreeMap<>();
        for (int i = 0; i < categoryAndTonnes.length; i += 2) {
            capacities.put((String) categoryAndTonnes[i], BigDecimal.valueOf((Integer) categoryAndTonnes[i + 1]));
        }
        return Map.copyOf(capacities);
    }

    private static BigDecimal coordinate(double centre, SplittableRandom random) {
        return BigDecimal.valueOf(centre + (random.nextDouble() - 0.5) * 0.03).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal bd(double value) {
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
    }
}
