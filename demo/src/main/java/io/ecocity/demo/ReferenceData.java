package io.ecocity.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.demo.city.BureauTargets;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.demo.load.Progress;
import io.ecocity.demo.load.SuiteClient;
import io.ecocity.demo.waste.ManifestSchedule;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a city registers and decides through the services' REST APIs rather than streams: the stations, the sections
 * and the licensed facilities, the bureau's yearly targets of every domain, the towns' sewage-treatment work, and the
 * hazardous-waste manifests with their moves. Every call is safe to repeat: registrations answer 200 for the same
 * thing again, targets are replaced with the same values, and a manifest only makes the moves it has not made yet.
 */
final class ReferenceData {

    /** Towns whose sewage-treatment work the demo reports: the towns the assessed sections run through. */
    static final List<String> TREATMENT_TOWNS = List.of("石龙", "东城", "沙田", "桥头", "寮步", "虎门", "松山湖");
    private static final String SET_BY = "东莞市生态环境局（演示）";
    /** Manifests are entered by a few clerks at once, as a busy month's backlog would be. */
    private static final int MANIFEST_CLERKS = 4;

    private final SuiteClient rest;
    private final String air;
    private final String water;
    private final String waste;
    private final List<DemoCity.Station> stations;
    private final ManifestSchedule manifests;

    ReferenceData(DemoLoader loader) {
        this.rest = loader.rest();
        this.air = loader.url("air");
        this.water = loader.url("water");
        this.waste = loader.url("waste");
        this.stations = loader.stations();
        this.manifests = new ManifestSchedule(loader.seed());
    }

    /** Stations, sections, facilities, then the targets and treatment work of every year from {@code firstYear}. */
    void registerAll(PrintStream out, Map<String, Long> counts, int firstYear, int lastYear) {
        List<String> stationTowns = stations.stream().filter(s -> !s.kind().equals("MICRO")).map(DemoCity.Station::town)
                .distinct().toList();
        int years = lastYear - firstYear + 1;
        long calls = stations.size() + DemoCity.SECTIONS.size() + DemoCity.FACILITIES.size()
                + (long) years * (1 + stationTowns.size() + 1 + TREATMENT_TOWNS.size() + BureauTargets.waste(firstYear).size());
        Progress progress = new Progress(out, "reference data (REST)", calls);
        for (DemoCity.Station station : stations) {
            rest.post(air + "/api/air/stations", station);
            progress.advance(1);
        }
        counts.put("stations", (long) stations.size());
        for (DemoCity.Section section : DemoCity.SECTIONS) {
            rest.post(water + "/api/water/sections", sectionRequest(section));
            progress.advance(1);
        }
        counts.put("water sections", (long) DemoCity.SECTIONS.size());
        for (DemoCity.Facility facility : DemoCity.FACILITIES) {
            rest.post(waste + "/api/waste/facilities", facilityRequest(facility));
            progress.advance(1);
        }
        counts.put("waste facilities", (long) DemoCity.FACILITIES.size());
        long targets = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            BureauTargets.Air city = BureauTargets.air(year);
            rest.put(air + "/api/air/targets/" + year + "/city", airTargets(city));
            targets++;
            for (String town : stationTowns) {
                Map<String, Object> townTargets = new LinkedHashMap<>();
                townTargets.put("pm25Mean", BureauTargets.townPm25(year, DemoCity.town(town)));
                townTargets.put("goodDayRatio", city.goodDayRatio());
                rest.put(air + "/api/air/targets/" + year + "/towns/" + path(town), townTargets);
                targets++;
            }
            BureauTargets.Water waterTargets = BureauTargets.water(year);
            Map<String, Object> waterBody = new LinkedHashMap<>();
            waterBody.put("goodSharePercentAtLeast", waterTargets.goodSharePercentAtLeast());
            waterBody.put("worseThanVSectionsAllowed", waterTargets.worseThanVSectionsAllowed());
            rest.put(water + "/api/water/targets/" + year, waterBody);
            targets++;
            for (String town : TREATMENT_TOWNS) {
                rest.put(water + "/api/water/treatment-tasks/" + year + "/" + path(town), treatmentWork(year, town));
            }
            for (Map.Entry<String, BigDecimal> target : BureauTargets.waste(year).entrySet()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("year", year);
                body.put("indicatorCode", target.getKey());
                body.put("targetValue", target.getValue());
                body.put("setBy", SET_BY);
                rest.post(waste + "/api/waste/targets", body);
                targets++;
            }
            progress.advance(1 + stationTowns.size() + 1 + TREATMENT_TOWNS.size() + BureauTargets.waste(year).size());
        }
        progress.finish();
        counts.put("targets", targets);
        counts.put("treatment-work reports", (long) years * TREATMENT_TOWNS.size());
    }

    /**
     * Enters every manifest filled in from {@code from} through {@code to} and makes each move that has happened by
     * {@code now}; returns how many REST calls changed something.
     */
    long loadManifests(PrintStream out, Map<String, Long> counts, LocalDate from, LocalDate to, OffsetDateTime now) {
        List<ManifestSchedule.Manifest> all = manifests.filledBetween(from, to).stream()
                .filter(m -> !m.filledAt().isAfter(now)).toList();
        Progress progress = out == null ? null : new Progress(out, "waste manifests (REST)", all.size());
        AtomicLong moves = new AtomicLong();
        ExecutorService clerks = Executors.newFixedThreadPool(MANIFEST_CLERKS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (ManifestSchedule.Manifest manifest : all) {
                work.add(clerks.submit(() -> moves.addAndGet(apply(manifest, now))));
            }
            for (Future<?> done : work) {
                done.get();
                if (progress != null) {
                    progress.advance(1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while entering manifests", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            clerks.shutdownNow();
        }
        if (progress != null) {
            progress.finish();
        }
        if (counts != null) {
            counts.merge("waste manifests", (long) all.size(), Long::sum);
            counts.merge("manifest moves", moves.get(), Long::sum);
        }
        return moves.get();
    }

    /** Creates the manifest (or finds it) and makes the moves due by {@code now} that it has not made yet. */
    private long apply(ManifestSchedule.Manifest manifest, OffsetDateTime now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("manifestNumber", manifest.manifestNumber());
        body.put("consigner", manifest.consigner());
        body.put("consignerTown", manifest.consignerTown());
        body.put("carrier", manifest.carrier());
        body.put("receiverFacilityId", manifest.receiverFacilityId());
        body.put("wasteCategory", manifest.wasteCategory());
        body.put("wasteCode", manifest.wasteCode());
        body.put("quantityTonnes", manifest.quantityTonnes());
        body.put("actor", manifest.filledBy());
        body.put("filledAt", manifest.filledAt());
        JsonNode created = rest.post(waste + "/api/waste/manifests", body);
        String state = created.path("state").asText();
        int next = 0;
        if (!state.equals("DRAFT")) {
            while (next < manifest.steps().size() && !manifest.steps().get(next).to().equals(state)) {
                next++;
            }
            next++;
        }
        long made = 0;
        for (int i = next; i < manifest.steps().size(); i++) {
            ManifestSchedule.Step step = manifest.steps().get(i);
            if (step.at().isAfter(now)) {
                break;
            }
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("to", step.to());
            move.put("actor", step.actor());
            move.put("occurredAt", step.at());
            move.put("receivedTonnes", step.receivedTonnes());
            move.put("note", step.note());
            rest.post(waste + "/api/waste/manifests/" + manifest.manifestNumber() + "/transitions", move);
            made++;
        }
        return made;
    }

    private static Map<String, Object> sectionRequest(DemoCity.Section s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sectionId", s.sectionId());
        body.put("name", s.name());
        body.put("river", s.river());
        body.put("waterBodyType", s.waterBodyType());
        body.put("level", s.level());
        body.put("town", s.town());
        body.put("targetClass", s.targetClass());
        body.put("latitude", s.latitude());
        body.put("longitude", s.longitude());
        body.put("assessed", s.assessed());
        return body;
    }

    private static Map<String, Object> facilityRequest(DemoCity.Facility f) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("facilityId", f.facilityId());
        body.put("name", f.name());
        body.put("town", f.town());
        body.put("licenceNumber", f.licenceNumber());
        body.put("kind", f.kind());
        body.put("annualCapacityTonnes", f.annualCapacityTonnes());
        return body;
    }

    private static Map<String, Object> airTargets(BureauTargets.Air t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pm25Mean", t.pm25Mean());
        body.put("goodDayRatio", t.goodDayRatio());
        body.put("compositeIndex", t.compositeIndex());
        body.put("o3P90", t.o3P90());
        body.put("heavyPollutionDays", t.heavyPollutionDays());
        return body;
    }

    /**
     * 2022's rural sewage-treatment works (planned, completed) as the bureau reported them: 86 of 60, 143.3 %, with
     * 沙田 the one town short of its plan.
     */
    static final Map<String, int[]> TREATMENT_2022 = Map.of("石龙", new int[] {8, 12}, "东城", new int[] {6, 9},
            "沙田", new int[] {10, 8}, "桥头", new int[] {9, 13}, "寮步", new int[] {7, 11}, "虎门", new int[] {12, 19},
            "松山湖", new int[] {8, 14});

    /**
     * A town's sewage-treatment works of a year: planned when the year is set, completed as reported; a past year
     * ends at or a little beyond the plan, the current year is part-way.
     */
    static Map<String, Object> treatmentWork(int year, String town) {
        SplittableRandom random = new SplittableRandom(year * 1_000_003L + town.hashCode());
        int planned = 10 + random.nextInt(25);
        int capacityPerWork = 40 + random.nextInt(40);
        LocalDate today = LocalDate.now(DemoLoader.BEIJING);
        int completed;
        if (year == 2022 && TREATMENT_2022.containsKey(town)) {
            planned = TREATMENT_2022.get(town)[0];
            completed = TREATMENT_2022.get(town)[1];
        } else if (year < today.getYear()) {
            completed = (int) Math.floor(planned * (1 + random.nextInt(4) / 10.0));
        } else if (year == today.getYear()) {
            completed = (int) Math.floor(planned * today.getDayOfYear() / (double) today.lengthOfYear());
        } else {
            completed = 0;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plannedCount", planned);
        body.put("completedCount", completed);
        body.put("plannedCapacity", BigDecimal.valueOf((long) planned * capacityPerWork));
        body.put("completedCapacity", BigDecimal.valueOf((long) completed * capacityPerWork));
        return body;
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
