package io.ecocity.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.demo.air.CityAirSeries;
import io.ecocity.demo.air.StationObservations;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.demo.load.ConsumerLag;
import io.ecocity.demo.load.EventPublisher;
import io.ecocity.demo.load.Progress;
import io.ecocity.demo.load.SuiteClient;
import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.demo.water.SectionSamples;
import io.ecocity.demo.waste.TownWasteReports;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirObservation;
import io.ecocity.events.waste.WasteReport;
import io.ecocity.events.water.WaterSample;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the demo city into a running suite through its public ingestion paths only: stations, sections, facilities,
 * targets and hazardous-waste manifests over REST; hourly observations, water samples and monthly waste reports as
 * CloudEvents on the inbound topics, as the city's data loggers, laboratories and town offices would send them.
 *
 * <pre>
 *   java -cp 'demo/target/demo-lib/*:demo/target/demo-1.0.0-SNAPSHOT.jar' io.ecocity.demo.DemoLoader load [options]
 *   … DemoLoader live [--speed 1] [options]
 * </pre>
 *
 * <p>Air years are loaded one after the other: air-service publishes a scope's statistics for the year of its latest
 * day, so the next year's observations wait until the gateway holds the finished year (its annual bulletin).
 */
public final class DemoLoader {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String USAGE = """
            usage: DemoLoader load|live [options]
              --air URL --water URL --waste URL --gateway URL   the services (default localhost:8081 … 8083, 8080)
              --kafka HOST:PORT        the broker (default localhost:9092)
              --from 2021-01-01        first day to load (load)
              --to YYYY-MM-DD          last day to load (load; default today, up to the current hour)
              --provincial 20          provincial stations (0 … 20; the city's figures need only the 5 national)
              --micro 100              micro stations (they report PM only, from 2025)
              --micro-days 30          how many days of the micro stations' history to load, or all
              --manifests true|false   enter the hazardous-waste manifests over REST (load; default true)
              --wait true|false        wait until the services have taken everything in (load; default true)
              --air-via rest|kafka     the observations' path: REST batches (default, fast) or one event each
              --seed 20230412          another seed gives another, equally calibrated city
              --speed 1                live: a station sends its running hourly mean every 5 minutes / speed
              --key PRIVATE.pem        sign the loader's own token (roles admin, ingest:*, manifest:*) with the
                                       suite's key (./ecocity passes $ECOCITY_DATA_DIR/security/jwt-private.pem)
              --token JWT              send this bearer token instead (default: $ECOCITY_TOKEN); it needs those roles""";
    private static final Set<String> OPTIONS = Set.of("air", "water", "waste", "gateway", "kafka", "from", "to", "micro",
            "manifests", "wait", "seed", "speed", "air-via", "provincial", "micro-days", "key", "token");
    private static final Duration YEAR_TIMEOUT = Duration.ofMinutes(30);
    /** How long the gateway's figures may stand still before the loader stops waiting for them. */
    private static final Duration STALL = Duration.ofMinutes(5);
    /** Observations per REST batch: whole days, within air-service's limit of 10,000 a request. */
    private static final int AIR_BATCH = 10_000;

    private final Map<String, String> options;
    private final PrintStream out = System.out;
    private final SuiteClient rest;
    private final long seed;
    private final List<DemoCity.Station> stations;
    /** What was loaded, by kind; filled from the air years' thread and the thread beside it. */
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>());

    DemoLoader(Map<String, String> options) {
        this.options = options;
        this.rest = new SuiteClient(SuiteCredentials.bearer(SuiteCredentials.givenToken(options.get("token")),
                options.containsKey("key") ? Path.of(options.get("key")) : null, "ecocity-demo",
                SuiteCredentials.DEMO_ROLES));
        this.seed = Long.parseLong(options.getOrDefault("seed", "20230412"));
        this.stations = DemoCity.stations(Integer.parseInt(options.getOrDefault("provincial", "20")),
                Integer.parseInt(options.getOrDefault("micro", "100")), seed);
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("\ndemo: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Runs {@code load} or {@code live} with the command line's options, for the command line and for tests;
     * a bad option throws {@link IllegalArgumentException}, a failure of the suite {@link IllegalStateException}.
     */
    public static void run(String... args) {
        if (args.length == 0 || !(args[0].equals("load") || args[0].equals("live"))) {
            throw new IllegalArgumentException("say load or live");
        }
        DemoLoader loader = new DemoLoader(parseOptions(List.of(args).subList(1, args.length)));
        if (args[0].equals("load")) {
            loader.load();
        } else {
            new LiveFeed(loader).run();
        }
    }

    static Map<String, String> parseOptions(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i).replaceFirst("^--", "");
            if (!args.get(i).startsWith("--") || !OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args.get(i));
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + args.get(i) + " needs a value");
            }
            options.put(name, args.get(i + 1));
        }
        return options;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(BEIJING);
    }

    /** The service's address: {@code air}, {@code water}, {@code waste} or {@code gateway}. */
    String url(String service) {
        String fallback = switch (service) {
            case "air" -> "http://localhost:8081";
            case "water" -> "http://localhost:8082";
            case "waste" -> "http://localhost:8083";
            default -> "http://localhost:8080";
        };
        return options.getOrDefault(service, fallback).replaceAll("/+$", "");
    }

    String kafka() {
        return options.getOrDefault("kafka", "localhost:9092");
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    List<DemoCity.Station> stations() {
        return stations;
    }

    long seed() {
        return seed;
    }

    SuiteClient rest() {
        return rest;
    }

    PrintStream out() {
        return out;
    }

    /** Loads the days from {@code --from} through {@code --to} (or up to the current hour) and prints a summary. */
    void load() {
        long started = System.nanoTime();
        LocalDateTime now = now();
        LocalDate from = LocalDate.parse(options.getOrDefault("from", "2021-01-01"));
        LocalDate to = options.containsKey("to") ? LocalDate.parse(options.get("to")) : now.toLocalDate();
        if (to.isAfter(now.toLocalDate())) {
            throw new IllegalStateException("--to " + to + " is in the future; the demo loads up to the current hour");
        }
        if (to.isBefore(from)) {
            throw new IllegalStateException("--to " + to + " is before --from " + from);
        }
        CityAirSeries.planFor(from.getYear());
        // the end of what is loaded: the current hour today, else midnight after the last day
        LocalDateTime end = to.equals(now.toLocalDate()) ? now.withMinute(0).withSecond(0).withNano(0)
                : to.plusDays(1).atStartOfDay();
        boolean wait = Boolean.parseBoolean(options.getOrDefault("wait", "true"));
        out.printf("Loading the demo city (seed %d): %d stations, %d water sections, %d towns, %s to %s%n", seed,
                stations.size(), DemoCity.SECTIONS.size(), DemoCity.TOWNS.size(), from, end);
        ReferenceData reference = new ReferenceData(this);
        reference.registerAll(out, counts, from.getYear(), to.getYear());
        boolean manifests = Boolean.parseBoolean(options.getOrDefault("manifests", "true"));
        Duration waited = Duration.ZERO;
        try (EventPublisher events = new EventPublisher(kafka(), "/ecocity/demo");
             ConsumerLag lag = new ConsumerLag(kafka())) {
            loadSamples(events, from, end, out);
            // water and waste go in beside the air years: air-service's work decides how long the load takes, and
            // the waste-service's REST calls wait mostly on its database, so the two overlap well on two cores
            CompletableFuture<Duration> side = CompletableFuture.supplyAsync(() -> {
                Instant begun = Instant.now();
                PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
                loadWasteReports(from, end, quiet);
                if (manifests) {
                    reference.loadManifests(quiet, counts, from, to, end.atZone(BEIJING).toOffsetDateTime());
                }
                return Duration.between(begun, Instant.now());
            });
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate first = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
                LocalDate last = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
                loadObservations(events, first, last, end);
                if (year < to.getYear()) {
                    Instant pause = Instant.now();
                    awaitAirYear(lag, year);
                    waited = waited.plus(Duration.between(pause, Instant.now()));
                }
            }
            boolean pending = !side.isDone();
            if (pending) {
                out.print("  the waste reports" + (manifests ? " and manifests" : "") + " are still going in …");
            }
            Duration sideTook = join(side);
            out.printf(Locale.ROOT, "%s  waste reports%s entered over REST beside the air years in %d s%n",
                    pending ? "\n" : "", manifests ? " and manifests" : "", sideTook.toSeconds());
        }
        double sentSeconds = (System.nanoTime() - started) / 1e9;
        double digestSeconds = 0;
        if (wait) {
            long digestStart = System.nanoTime();
            awaitDigested(to, end);
            digestSeconds = (System.nanoTime() - digestStart) / 1e9;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%nLoaded in %.0f s (%.0f s sending, of which %.0f s waiting for air-service at year "
                + "ends; %.0f s more until the services had taken everything in):%n", seconds, sentSeconds,
                waited.toMillis() / 1000.0, digestSeconds);
        synchronized (counts) {
            counts.forEach((what, count) -> out.printf(Locale.ROOT, "  %-28s %,12d%n", what, count));
        }
        if (!wait) {
            out.println("The services go on taking the events in for a while; the city view fills as they do.");
        }
        // the last whole year loaded, for its bulletin
        int bulletinYear = Math.max(from.getYear(), to.getMonthValue() == 12 && to.getDayOfMonth() == 31
                ? to.getYear() : to.getYear() - 1);
        out.printf("The city view: %s/   the %d bulletin: %s/api/city/report?year=%d%n", url("gateway"),
                bulletinYear, url("gateway"), bulletinYear);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void loadObservations(EventPublisher events, LocalDate first, LocalDate last, LocalDateTime end) {
        boolean viaRest = options.getOrDefault("air-via", "rest").equals("rest");
        Progress progress = new Progress(out, "air observations " + first.getYear(),
                last.toEpochDay() - first.toEpochDay() + 1);
        StationObservations observations = new StationObservations(stations, seed);
        // the micro sensors' history is kept short by default: they serve the live map, and their hours are half
        // of everything air-service would have to assess
        String microDays = options.getOrDefault("micro-days", "30");
        LocalDate microFrom = microDays.equals("all") ? LocalDate.MIN
                : end.toLocalDate().minusDays(Integer.parseInt(microDays));
        Set<String> microStations = stations.stream().filter(s -> s.kind().equals("MICRO"))
                .map(DemoCity.Station::stationId).collect(java.util.stream.Collectors.toSet());
        List<AirObservation> batch = new ArrayList<>(AIR_BATCH);
        long sent = 0;
        for (CityAirSeries.CityDay day : CityAirSeries.year(CityAirSeries.planFor(first.getYear()), seed)) {
            if (day.day().isBefore(first) || day.day().isAfter(last)) {
                continue;
            }
            int lastHour = day.day().equals(end.toLocalDate()) ? end.getHour() : 24;
            List<AirObservation> ofDay = observations.day(day, lastHour);
            if (day.day().isBefore(microFrom)) {
                ofDay = ofDay.stream().filter(o -> !microStations.contains(o.stationId())).toList();
            }
            if (viaRest) {
                if (batch.size() + ofDay.size() > AIR_BATCH) {
                    rest.post(url("air") + "/api/air/observations", batch);
                    batch.clear();
                }
                batch.addAll(ofDay);
            } else {
                for (AirObservation o : ofDay) {
                    events.publish(EventType.AIR_OBSERVATION_REPORTED, o.stationId(), observationIdentity(o), o);
                }
            }
            sent += ofDay.size();
            progress.advance(1);
        }
        if (!batch.isEmpty()) {
            rest.post(url("air") + "/api/air/observations", batch);
        }
        events.flush();
        progress.finish();
        counts.merge(viaRest ? "air observations (REST)" : "air observations (Kafka)", sent, Long::sum);
    }

    /** The identity of a station-hour as loaded: loading it twice publishes the same event id. */
    static String observationIdentity(AirObservation o) {
        return o.stationId() + "@" + o.time().toInstant();
    }

    private void loadSamples(EventPublisher events, LocalDate from, LocalDateTime end, PrintStream out) {
        YearMonth last = lastSampledMonth(end);
        List<WaterSample> samples = new ArrayList<>();
        SectionSamples generator = new SectionSamples(seed);
        if (!last.isBefore(YearMonth.from(from))) {
            DemoCity.SECTIONS.forEach(s -> samples.addAll(generator.samples(s, YearMonth.from(from), last)));
        }
        Progress progress = new Progress(out, "water samples", samples.size());
        for (WaterSample sample : samples) {
            events.publish(EventType.WATER_SAMPLE_REPORTED, sample.sectionId(), sampleIdentity(sample), sample);
            progress.advance(1);
        }
        events.flush();
        progress.finish();
        counts.merge("water samples (Kafka)", (long) samples.size(), Long::sum);
    }

    static String sampleIdentity(WaterSample sample) {
        return sample.sectionId() + "@" + sample.sampledAt().toInstant();
    }

    /** Sections are sampled on the 10th at 10:00: the last month whose sample was taken before {@code end}. */
    static YearMonth lastSampledMonth(LocalDateTime end) {
        YearMonth month = YearMonth.from(end);
        LocalDateTime sampled = month.atDay(SectionSamples.SAMPLING_DAY).atTime(SectionSamples.SAMPLING_HOUR, 0);
        return end.isBefore(sampled) ? month.minusMonths(1) : month;
    }

    /** A town reports a month once it is over: the last month that ended by {@code end}. */
    static YearMonth lastReportedMonth(LocalDateTime end) {
        return YearMonth.from(end).minusMonths(1);
    }

    /**
     * The towns' monthly reports as REST batches of a year each: waste-service recomputes the indicators once per
     * batch, where one event per report would recompute them once per report.
     */
    private void loadWasteReports(LocalDate from, LocalDateTime end, PrintStream out) {
        YearMonth last = lastReportedMonth(end);
        List<WasteReport> reports = last.isBefore(YearMonth.from(from)) ? List.of()
                : new TownWasteReports(seed).reports(YearMonth.from(from), last);
        Progress progress = new Progress(out, "waste reports", reports.size());
        for (int year = from.getYear(); year <= last.getYear(); year++) {
            int y = year;
            List<WasteReport> ofYear = reports.stream().filter(r -> r.month().startsWith(y + "-")).toList();
            if (!ofYear.isEmpty()) {
                rest.post(url("waste") + "/api/waste/reports", ofYear);
                progress.advance(ofYear.size());
            }
        }
        progress.finish();
        counts.merge("waste reports (REST)", (long) reports.size(), Long::sum);
    }

    static String reportIdentity(WasteReport report) {
        return report.town() + "@" + report.month();
    }

    /**
     * Waits until air-service has taken in the year and the gateway holds the year's city statistics through 31
     * December, so the year is published whole before the next one makes it "last year".
     */
    private void awaitAirYear(ConsumerLag lag, int year) {
        if (!lag.awaitConsumed("air-service", Topics.AIR_OBSERVATIONS, YEAR_TIMEOUT, out, "air-service takes in " + year)) {
            throw new IllegalStateException("air-service has not taken in " + year + "'s observations within "
                    + YEAR_TIMEOUT + "; is it running? (see its log)");
        }
        if (!awaitCityStatistics(year, LocalDate.of(year, 12, 31))) {
            out.printf("  (the gateway does not show %d's air statistics through 31 December yet; going on)%n", year);
        }
    }

    /** Waits until the services hold what was loaded: the inbound topics consumed, the gateway's figures current. */
    private void awaitDigested(LocalDate to, LocalDateTime end) {
        Duration timeout = Duration.ofMinutes(60);
        try (ConsumerLag lag = new ConsumerLag(kafka())) {
            lag.awaitConsumed("water-service", Topics.WATER_SAMPLES, timeout, out, "water-service takes in");
            lag.awaitConsumed("air-service", Topics.AIR_OBSERVATIONS, timeout, out,
                    "air-service takes in " + to.getYear());
        }
        // the last whole day of the load has its daily values, hence its statistics
        LocalDate lastWholeDay = end.toLocalDate().minusDays(1);
        if (!awaitCityStatistics(to.getYear(), lastWholeDay.getYear() == to.getYear() ? lastWholeDay : to)) {
            out.println("  the gateway's air statistics of " + to.getYear() + " are not there yet; see the services' logs");
        }
    }

    /**
     * Waits until the gateway's bulletin of {@code year} holds the city's air statistics through {@code day}, drawing
     * how far they have come. It waits as long as they move on, and gives up after {@link #STALL} without a move.
     */
    private boolean awaitCityStatistics(int year, LocalDate day) {
        LocalDate first = LocalDate.of(year, 1, 1);
        Progress progress = new Progress(out, "statistics " + year, day.toEpochDay() - first.toEpochDay() + 1);
        LocalDate reached = first.minusDays(1);
        Instant lastMove = Instant.now();
        while (reached.isBefore(day)) {
            if (Instant.now().isAfter(lastMove.plus(STALL))) {
                progress.finish();
                return false;
            }
            try {
                JsonNode air = rest.get(url("gateway") + "/api/city/report?year=" + year).path("figures").path("air");
                if (air.hasNonNull("to")) {
                    LocalDate to = LocalDate.parse(air.path("to").asText());
                    if (to.isAfter(reached)) {
                        progress.advance(to.toEpochDay() - reached.toEpochDay());
                        reached = to;
                        lastMove = Instant.now();
                    }
                }
            } catch (IllegalStateException notYet) {
                // the gateway may be restarting; the stall limit decides
            }
            if (reached.isBefore(day)) {
                sleep(Duration.ofSeconds(1));
            }
        }
        progress.finish();
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
