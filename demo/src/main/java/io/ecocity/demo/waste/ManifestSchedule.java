package io.ecocity.demo.waste;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The city's hazardous-waste transfer manifests (危险废物转移联单) as they happen: on working days a few enterprises fill
 * one in, the carrier picks the waste up the next day and the licensed facility weighs it on arrival. Most arrive
 * within hours; about one in twenty-five is received late (past the five-working-day deadline) and about one in forty
 * arrives short, is held as a discrepancy and then accepted or sent back.
 *
 * <p>Each day's manifests depend on the seed and the day only, so any window of days gives the same manifests with the
 * same numbers: the live feed continues exactly where a load stopped.
 */
public final class ManifestSchedule {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** One move of a manifest: the state it goes to, who moves it, when, and what the receiver weighed. */
    public record Step(String to, String actor, OffsetDateTime at, BigDecimal receivedTonnes, String note) {
    }

    /** A manifest as its consigner fills it in, with the moves it will make. */
    public record Manifest(String manifestNumber, String consigner, String consignerTown, String carrier,
            String receiverFacilityId, String wasteCategory, String wasteCode, BigDecimal quantityTonnes,
            String filledBy, OffsetDateTime filledAt, List<Step> steps, Kind kind) {
    }

    public enum Kind {
        ON_TIME, LATE, SHORT_ACCEPTED, SHORT_REJECTED
    }

    /** An enterprise that ships one kind of hazardous waste to one facility, with its usual load in tonnes. */
    record Consigner(String name, String town, String category, String code, String facilityId, double minTonnes,
            double maxTonnes) {
    }

    static final List<Consigner> CONSIGNERS = List.of(
            new Consigner("东莞恒达电路板有限公司", "长安", "HW22", "398-051-22", "HF-05", 4, 18),
            new Consigner("虎门宏业五金表面处理有限公司", "虎门", "HW17", "336-064-17", "HF-01", 3, 15),
            new Consigner("大朗永盛纺织印染有限公司", "大朗", "HW12", "264-011-12", "HF-01", 2, 10),
            new Consigner("松山湖晶芯半导体有限公司", "松山湖", "HW34", "900-300-34", "HF-01", 2, 9),
            new Consigner("常平力拓机械制造有限公司", "常平", "HW08", "900-249-08", "HF-04", 1.5, 6),
            new Consigner("塘厦车友汽车维修有限公司", "塘厦", "HW08", "900-214-08", "HF-04", 0.5, 3),
            new Consigner("清溪联创电子有限公司", "清溪", "HW49", "900-045-49", "HF-05", 2, 8),
            new Consigner("石排华润精细化工有限公司", "石排", "HW06", "900-404-06", "HF-02", 2, 12),
            new Consigner("东莞市东城人民医院", "东城", "HW01", "841-001-01", "HF-03", 1, 5),
            new Consigner("厚街名家家具有限公司", "厚街", "HW12", "900-252-12", "HF-01", 1, 6),
            new Consigner("沙田港新材料有限公司", "沙田", "HW49", "900-041-49", "HF-01", 3, 14),
            new Consigner("黄江精密电子有限公司", "黄江", "HW49", "900-041-49", "HF-02", 1, 6));

    static final List<String> CARRIERS = List.of("东莞市安运危险货物运输有限公司", "广东粤环危废物流有限公司",
            "东莞市绿通危险废物运输有限公司");

    private final long seed;

    public ManifestSchedule(long seed) {
        this.seed = seed;
    }

    /** The manifests filled in on the days {@code from} through {@code to}, in the order they were filled in. */
    public List<Manifest> filledBetween(LocalDate from, LocalDate to) {
        List<Manifest> manifests = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            manifests.addAll(filledOn(day));
        }
        return manifests;
    }

    /** The manifests of one day: none at weekends, 0 to 2 on a working day (about 1.2 on average). */
    public List<Manifest> filledOn(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return List.of();
        }
        SplittableRandom random = new SplittableRandom(seed ^ (day.toEpochDay() * 0x9E3779B97F4A7C15L));
        double draw = random.nextDouble();
        int count = draw < 0.15 ? 0 : draw < 0.50 ? 1 : 2;
        List<Manifest> manifests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            manifests.add(manifest(day, i, random));
        }
        return manifests;
    }

    private static Manifest manifest(LocalDate day, int index, SplittableRandom random) {
        Consigner consigner = CONSIGNERS.get(random.nextInt(CONSIGNERS.size()));
        String carrier = CARRIERS.get(random.nextInt(CARRIERS.size()));
        // national number: year, province 44, prefecture 19, then a serial unique within the year
        String number = "%04d4419%06d".formatted(day.getYear(), day.getDayOfYear() * 10 + index + 1);
        BigDecimal tonnes = BigDecimal.valueOf(consigner.minTonnes()
                + random.nextDouble() * (consigner.maxTonnes() - consigner.minTonnes())).setScale(2, RoundingMode.HALF_UP);
        String shipper = consigner.name() + " 环保专员";
        String driver = carrier + " 驾驶员";
        String receiver = consigner.facilityId() + " 过磅员";
        OffsetDateTime filled = day.atTime(9, 0).atOffset(BEIJING).plusMinutes(index * 90L + random.nextInt(120));
        OffsetDateTime submitted = filled.plusMinutes(20 + random.nextInt(70));
        OffsetDateTime pickedUp = day.plusDays(1).atTime(8, 30).atOffset(BEIJING).plusMinutes(random.nextInt(180));

        double kindDraw = random.nextDouble();
        Kind kind = kindDraw < 0.04 ? Kind.LATE : kindDraw < 0.055 ? Kind.SHORT_ACCEPTED
                : kindDraw < 0.065 ? Kind.SHORT_REJECTED : Kind.ON_TIME;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("SUBMITTED", shipper, submitted, null, null));
        steps.add(new Step("IN_TRANSIT", driver, pickedUp, null, null));
        OffsetDateTime arrived = kind == Kind.LATE
                ? pickedUp.plusDays(8 + random.nextInt(7)).withHour(10).withMinute(random.nextInt(60))
                : pickedUp.plusMinutes(90 + random.nextInt(300));
        switch (kind) {
            case ON_TIME, LATE -> {
                // weighbridges agree within a few per mille
                BigDecimal weighed = tonnes.multiply(BigDecimal.valueOf(0.99 + random.nextDouble() * 0.02))
                        .setScale(3, RoundingMode.HALF_UP);
                steps.add(new Step("RECEIVED", receiver, arrived, weighed,
                        kind == Kind.LATE ? "车辆途中故障，延误到厂" : null));
                steps.add(new Step("CLOSED", receiver, arrived.plusDays(1 + random.nextInt(3)), null, null));
            }
            case SHORT_ACCEPTED, SHORT_REJECTED -> {
                BigDecimal weighed = tonnes.multiply(BigDecimal.valueOf(0.80 + random.nextDouble() * 0.10))
                        .setScale(3, RoundingMode.HALF_UP);
                steps.add(new Step("DISCREPANCY", receiver, arrived, weighed, "过磅重量少于联单数量"));
                OffsetDateTime decided = arrived.plusDays(1 + random.nextInt(3));
                if (kind == Kind.SHORT_ACCEPTED) {
                    steps.add(new Step("RECEIVED", receiver, decided, weighed, "核实为含水率差异，按实重接收"));
                    steps.add(new Step("CLOSED", receiver, decided.plusDays(1), null, null));
                } else {
                    steps.add(new Step("REJECTED", receiver, decided, null, "与联单不符，退回移出人"));
                }
            }
        }
        return new Manifest(number, consigner.name(), consigner.town(), carrier, consigner.facilityId(),
                consigner.category(), consigner.code(), tonnes, shipper, filled, List.copyOf(steps), kind);
    }
}
