package io.ecocity.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.demo.air.CityAirSeries;
import io.ecocity.demo.air.StationObservations;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.demo.load.EventPublisher;
import io.ecocity.demo.water.SectionSamples;
import io.ecocity.demo.waste.TownWasteReports;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirObservation;
import io.ecocity.events.waste.WasteReport;
import io.ecocity.events.water.WaterSample;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Keeps a running suite fed with the demo city's present, so the dashboard moves: every station sends the running mean
 * of the hour in progress, as data loggers do every few minutes (each a correction of the one before), and the hour's
 * final value once it ends; the month's water samples and the towns' monthly reports come when they are due, and the
 * hazardous-waste manifests go on being filled in, picked up and received. The values are the load's own, so a later
 * {@code load} agrees with what the live feed sent.
 *
 * <p>{@code --speed N} sends N times as often as a real logger: every 5 minutes at 1, every 5 seconds at 60. The clock
 * is the real one; the services accept nothing from the future.
 */
final class LiveFeed {

    private static final Duration LOGGER_INTERVAL = Duration.ofMinutes(5);
    /** How far back the feed fills in hours it finds missing when it starts; longer gaps are the load's job. */
    private static final Duration CATCH_UP_LIMIT = Duration.ofHours(72);
    private static final int MANIFEST_DAYS_BACK = 30;

    private final DemoLoader loader;
    private final PrintStream out;
    private final StationObservations observations;
    private final Map<Integer, List<CityAirSeries.CityDay>> years = new HashMap<>();
    private final Map<LocalDate, Map<String, AirObservation>> daysCache = new LinkedHashMap<>();
    private boolean manifestsChecked;

    LiveFeed(DemoLoader loader) {
        this.loader = loader;
        this.out = loader.out();
        this.observations = new StationObservations(loader.stations(), loader.seed());
    }

    void run() {
        double speed = Double.parseDouble(loader.option("speed", "1"));
        if (!(speed > 0) || speed > 3600) {
            throw new IllegalStateException("--speed must be more than 0 and at most 3600, was " + speed);
        }
        Duration interval = Duration.ofMillis(Math.max(100, (long) (LOGGER_INTERVAL.toMillis() / speed)));
        ReferenceData reference = new ReferenceData(loader);
        out.printf(Locale.ROOT, "Live feed: %d stations send the running hourly mean every %.1f s (speed %s); "
                + "Ctrl-C stops.%n", loader.stations().size(), interval.toMillis() / 1000.0, loader.option("speed", "1"));
        try (EventPublisher events = new EventPublisher(loader.kafka(), "/ecocity/demo/live")) {
            LocalDateTime now = DemoLoader.now();
            LocalDateTime currentLabel = hourLabel(now);
            LocalDateTime lastFinal = catchUpStart(currentLabel);
            LocalDate lastDay = null;
            while (!Thread.currentThread().isInterrupted()) {
                now = DemoLoader.now();
                currentLabel = hourLabel(now);
                // hours that ended since the last pass get their final values, under the load's own event ids
                int finals = 0;
                for (LocalDateTime label = lastFinal.plusHours(1); label.isBefore(currentLabel); label = label.plusHours(1)) {
                    for (AirObservation o : hour(label).values()) {
                        events.publish(EventType.AIR_OBSERVATION_REPORTED, o.stationId(),
                                DemoLoader.observationIdentity(o), o);
                        finals++;
                    }
                    lastFinal = label;
                }
                if (finals > 0) {
                    out.printf("%n  %s  the hour to %s ended: %,d final values%n", clock(now), lastFinal.toLocalTime(),
                            finals);
                }
                Map<String, AirObservation> running = running(currentLabel, now);
                for (AirObservation o : running.values()) {
                    events.publish(EventType.AIR_OBSERVATION_REPORTED, o.stationId(),
                            "live|" + DemoLoader.observationIdentity(o) + "|" + now.truncatedTo(ChronoUnit.SECONDS), o);
                }
                events.flush();
                if (!now.toLocalDate().equals(lastDay)) {
                    dueReports(events, now);
                    lastDay = now.toLocalDate();
                }
                // manifests move on the real clock: checked when the feed starts and at each hour's end
                if (finals > 0 || !manifestsChecked) {
                    manifestsChecked = true;
                    long moves = reference.loadManifests(null, null, now.toLocalDate().minusDays(MANIFEST_DAYS_BACK),
                            now.toLocalDate(), now.atZone(DemoLoader.BEIJING).toOffsetDateTime());
                    if (moves > 0) {
                        out.printf("%n  %s  %d manifest moves%n", clock(now), moves);
                    }
                }
                out.printf(Locale.ROOT, "\r  %s  running values of the hour to %s: %d stations, city PM2.5 so far %s µg/m³   ",
                        clock(now), currentLabel.toLocalTime(), running.size(), cityMean(running));
                out.flush();
                sleep(interval);
            }
        }
    }

    /** The label of the hour in progress: an hourly value is labelled by the end of its hour. */
    static LocalDateTime hourLabel(LocalDateTime now) {
        return now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
    }

    /**
     * The running mean of the hour labelled {@code label} at {@code now}: it moves from the previous hour's value to
     * this hour's as the hour passes, reaching it when the hour ends. A station missing either hour sends what it has.
     */
    Map<String, AirObservation> running(LocalDateTime label, LocalDateTime now) {
        double elapsed = Math.min(1, Math.max(0,
                Duration.between(label.minusHours(1), now).toMillis() / (double) Duration.ofHours(1).toMillis()));
        Map<String, AirObservation> previous = hour(label.minusHours(1));
        Map<String, AirObservation> result = new LinkedHashMap<>();
        for (AirObservation target : hour(label).values()) {
            AirObservation before = previous.getOrDefault(target.stationId(), target);
            BinaryOperator<BigDecimal> blend = (from, to) -> from == null || to == null ? to
                    : from.add(to.subtract(from).multiply(BigDecimal.valueOf(elapsed)))
                            .setScale(to.scale(), RoundingMode.HALF_UP);
            result.put(target.stationId(), new AirObservation(target.stationId(), target.time(),
                    blend.apply(before.so2(), target.so2()), blend.apply(before.no2(), target.no2()),
                    blend.apply(before.pm10(), target.pm10()), blend.apply(before.pm25(), target.pm25()),
                    blend.apply(before.co(), target.co()), blend.apply(before.o3(), target.o3())));
        }
        return result;
    }

    /** The final values of every station reporting the hour labelled {@code label}, by station. */
    Map<String, AirObservation> hour(LocalDateTime label) {
        // the hour labelled 24:00 of a day is midnight of the next
        LocalDate day = label.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? label.toLocalDate().minusDays(1)
                : label.toLocalDate();
        OffsetDateTime time = label.atZone(DemoLoader.BEIJING).toOffsetDateTime();
        Map<String, AirObservation> all = daysCache.computeIfAbsent(day, this::dayObservations);
        Map<String, AirObservation> result = new LinkedHashMap<>();
        for (AirObservation o : all.values()) {
            if (o.time().isEqual(time)) {
                result.put(o.stationId(), o);
            }
        }
        if (daysCache.size() > 4) {
            daysCache.remove(daysCache.keySet().iterator().next());
        }
        return result;
    }

    private Map<String, AirObservation> dayObservations(LocalDate day) {
        CityAirSeries.CityDay city = years.computeIfAbsent(day.getYear(),
                y -> CityAirSeries.year(CityAirSeries.planFor(y), loader.seed())).get(day.getDayOfYear() - 1);
        Map<String, AirObservation> byStationHour = new LinkedHashMap<>();
        for (AirObservation o : observations.day(city, 24)) {
            byStationHour.put(o.stationId() + "@" + o.time(), o);
        }
        return byStationHour;
    }

    /** Where the final values resume: the hour before air-service's latest city hour, at most 72 hours back. */
    private LocalDateTime catchUpStart(LocalDateTime currentLabel) {
        LocalDateTime limit = currentLabel.minus(CATCH_UP_LIMIT);
        try {
            JsonNode latest = loader.rest().get(loader.url("air") + "/api/air/reports/hourly/city/latest");
            LocalDateTime latestHour = OffsetDateTime.parse(latest.path("time").asText())
                    .atZoneSameInstant(DemoLoader.BEIJING).toLocalDateTime();
            if (latestHour.isBefore(limit)) {
                out.printf("  air-service's latest city hour is %s; the feed fills in only the last %d hours "
                        + "(./ecocity demo loads the rest)%n", latestHour, CATCH_UP_LIMIT.toHours());
                return limit;
            }
            return latestHour.minusHours(2);
        } catch (IllegalStateException none) {
            out.printf("  air-service has no city hour yet; the feed begins %d hours back%n", CATCH_UP_LIMIT.toHours());
            return limit;
        }
    }

    /** The water samples and town reports due by now (the current and the previous month's), sent again harmlessly. */
    private void dueReports(EventPublisher events, LocalDateTime now) {
        YearMonth sampled = DemoLoader.lastSampledMonth(now);
        SectionSamples samples = new SectionSamples(loader.seed());
        int sent = 0;
        for (DemoCity.Section section : DemoCity.SECTIONS) {
            // generated from the year before, so each sample is the very one the load sent
            for (WaterSample sample : samples.samples(section, YearMonth.of(sampled.getYear() - 1, 1), sampled)) {
                if (!YearMonth.from(sample.sampledAt()).isBefore(sampled.minusMonths(1))) {
                    events.publish(EventType.WATER_SAMPLE_REPORTED, sample.sectionId(),
                            DemoLoader.sampleIdentity(sample), sample);
                    sent++;
                }
            }
        }
        YearMonth reported = DemoLoader.lastReportedMonth(now);
        for (WasteReport report : new TownWasteReports(loader.seed()).reports(reported, reported)) {
            events.publish(EventType.WASTE_REPORT_SUBMITTED, report.town(), DemoLoader.reportIdentity(report), report);
            sent++;
        }
        events.flush();
        out.printf("  %s  water samples and town reports due: %d sent (the services keep each once)%n", clock(now), sent);
    }

    private static String cityMean(Map<String, AirObservation> running) {
        List<BigDecimal> national = running.values().stream()
                .filter(o -> o.stationId().startsWith("DG-N") && o.pm25() != null).map(AirObservation::pm25).toList();
        if (national.isEmpty()) {
            return "–";
        }
        return national.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(national.size()), 0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String clock(LocalDateTime now) {
        return now.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
