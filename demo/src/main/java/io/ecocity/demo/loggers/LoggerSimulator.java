package io.ecocity.demo.loggers;

import io.ecocity.demo.air.CityAirSeries;
import io.ecocity.demo.air.StationObservations;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.demo.load.SuiteClient;
import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.demo.water.SectionSamples;
import io.ecocity.events.air.AirObservation;
import io.ecocity.events.water.WaterSample;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated HJ 212-2017 data loggers of the demo city: one per air station (the first {@code --stations} of the demo
 * network, national first) and optionally one per water section. Each is registered with logger-gateway, connects
 * over TCP and sends its hourly data (2061) with the demo city's values of those hours, asking for a 9014 and waiting
 * for it before the next packet, as a logger does: either the last {@code --hours} hours, or with {@code --live} each
 * hour as it ends and a real-time packet (2011) every minute.
 *
 * <pre>
 *   java -cp 'demo/target/demo-lib/*:demo/target/demo-1.0.0-SNAPSHOT.jar' io.ecocity.demo.loggers.LoggerSimulator \
 *       --stations 5 [--water 2] [--hours 24] [--live]
 * </pre>
 *
 * <p>The air values are {@link StationObservations}' own, for the same network and seed as the demo load, so a station
 * gets the same hours from its logger as from {@code ./ecocity demo}. A water logger sends, every hour, the values of
 * its section's latest monthly sample ({@link SectionSamples}): the demo has no hourly water data of its own.
 */
public final class LoggerSimulator {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String USAGE = """
            usage: ./ecocity loggers --stations N [--water M] [--hours H] [--live] [options]
              --stations 5         air loggers: one for each of the first N demo stations (national first: DG-N01 …)
              --water 0            water loggers: one for each of the first M demo sections (WS-01 … WS-09)
              --hours 24           send the last H ended hours (with --live: default 0, then live)
              --live               then send each hour's 2061 as it ends and a 2011 real-time packet every minute
              --realtime-seconds 60   how often --live sends the 2011 packets
              --password 123456    the PW the loggers are registered with and send
              --ack-timeout 15     seconds to wait for a packet's 9014 before sending it again
              --attempts 4         sends of a packet at most (the first included) before it is given up
              --give-up-after 600  seconds after its first send a packet without a 9014 is given up
              --reconnect-max 30   a lost connection is made again after 1 s, doubling up to this (seconds)
              --provincial 20 --micro 100 --seed 20230412   the demo network the stations were loaded with
              --logger URL         logger-gateway's HTTP address (default http://localhost:8084)
              --tcp HOST:PORT      its HJ 212 port (default localhost:8212)
              --air URL            air-service, to warn of stations it does not know (default http://localhost:8081)
              --key PRIVATE.pem    sign the admin token that registers the loggers with the suite's key (./ecocity
                                   passes its own)
              --token JWT          send this bearer token (role admin) instead (default: $ECOCITY_TOKEN)""";
    private static final Set<String> OPTIONS = Set.of("stations", "water", "hours", "realtime-seconds", "password",
            "ack-timeout", "attempts", "give-up-after", "reconnect-max", "provincial", "micro", "seed", "logger", "tcp", "air",
            "key", "token");
    /** Air pollutant codes in the order of {@link CityAirSeries#API_NAMES} (docs/standards/hj212.md §5). */
    static final Map<String, String> AIR_CODES = codes("so2", "a21026", "no2", "a21004", "pm10", "a34002", "pm25",
            "a34004", "co", "a21005", "o3", "a05024");
    static final Map<String, String> WATER_CODES = codes("PH", "w01001", "DO", "w01009", "CODMn", "w01019", "COD",
            "w01018", "NH3N", "w21003", "TP", "w21011", "TN", "w21001");

    private final Map<String, String> options;
    private final PrintStream out = System.out;
    private final SuiteClient rest;
    private final long seed;
    private final String password;
    private final List<DemoCity.Station> network;
    private final List<DemoCity.Station> airStations;
    private final List<DemoCity.Section> sections;
    private final StationObservations observations;
    private final Map<Integer, List<CityAirSeries.CityDay>> years = new HashMap<>();
    private final Map<LocalDate, Map<String, AirObservation>> days = new LinkedHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<LoggerLinks.Packet>> queues = new ConcurrentHashMap<>();
    private final Map<String, String> targetOf = new LinkedHashMap<>();
    private final AtomicLong hourly = new AtomicLong();
    private final AtomicLong realtime = new AtomicLong();

    LoggerSimulator(Map<String, String> options) {
        this.options = options;
        // registering a logger is the bureau's configuration: an admin token
        this.rest = new SuiteClient(SuiteCredentials.bearer(SuiteCredentials.givenToken(options.get("token")),
                options.containsKey("key") ? Path.of(options.get("key")) : null, "ecocity-loggers",
                List.of("admin")));
        this.seed = Long.parseLong(options.getOrDefault("seed", "20230412"));
        this.password = options.getOrDefault("password", "123456");
        this.network = DemoCity.stations(Integer.parseInt(options.getOrDefault("provincial", "20")),
                Integer.parseInt(options.getOrDefault("micro", "100")), seed);
        int n = Integer.parseInt(options.getOrDefault("stations", "5"));
        int m = Integer.parseInt(options.getOrDefault("water", "0"));
        if (n < 0 || n > network.size()) {
            throw new IllegalArgumentException("--stations is 0 … " + network.size() + " (the demo network), was " + n);
        }
        if (m < 0 || m > DemoCity.SECTIONS.size()) {
            throw new IllegalArgumentException("--water is 0 … " + DemoCity.SECTIONS.size() + ", was " + m);
        }
        if (n + m == 0) {
            throw new IllegalArgumentException("no loggers: give --stations N and/or --water M");
        }
        this.airStations = network.subList(0, n);
        this.sections = DemoCity.SECTIONS.subList(0, m);
        this.observations = new StationObservations(network, seed);
        for (DemoCity.Station station : airStations) {
            targetOf.put(mn(station.stationId()), station.stationId());
        }
        for (DemoCity.Section section : sections) {
            targetOf.put(mn(section.sectionId()), section.sectionId());
        }
        targetOf.keySet().forEach(mn -> queues.put(mn, new ConcurrentLinkedQueue<>()));
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            parse(args).run();
        } catch (IllegalArgumentException e) {
            System.err.println("loggers: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("loggers: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            System.exit(130);
        }
    }

    static LoggerSimulator parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            if (name.equals("live")) {
                options.put("live", "true");
                continue;
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            // a later option wins: ./ecocity passes the suite's addresses first
            options.put(name, args[++i]);
        }
        return new LoggerSimulator(options);
    }

    /** The MN a simulated logger of {@code targetId} has: {@code SIM-} and the station or section id. */
    static String mn(String targetId) {
        return "SIM-" + targetId;
    }

    void run() throws InterruptedException {
        boolean live = options.containsKey("live");
        int hours = Integer.parseInt(options.getOrDefault("hours", live ? "0" : "24"));
        if (hours < 0 || hours > 24 * 31) {
            throw new IllegalArgumentException("--hours is 0 … " + 24 * 31 + ", was " + hours);
        }
        String logger = options.getOrDefault("logger", "http://localhost:8084").replaceAll("/+$", "");
        String[] tcp = options.getOrDefault("tcp", "localhost:8212").split(":");
        LoggerLinks.Retry retry = retry(options);
        register(logger);
        try (LoggerLinks links = new LoggerLinks(tcp[0], Integer.parseInt(tcp[1]), retry)) {
            List<String> mns = new ArrayList<>(targetOf.keySet());
            long started = System.nanoTime();
            links.open(mns, mn -> queues.get(mn)::poll, 1, 30_000);
            out.printf(Locale.ROOT, "Connected %d of %d loggers to %s:%s in %.1f s%n", links.connected(), mns.size(),
                    tcp[0], tcp[1], (System.nanoTime() - started) / 1e9);
            if (links.connected() == 0) {
                throw new IllegalStateException("no logger could connect to " + String.join(":", tcp)
                        + ": is logger-gateway running (./ecocity run)?");
            }
            LocalDateTime now = now();
            LocalDateTime lastEnded = now.truncatedTo(ChronoUnit.HOURS);
            if (hours > 0) {
                started = System.nanoTime();
                for (LocalDateTime label = lastEnded.minusHours(hours - 1); !label.isAfter(lastEnded);
                        label = label.plusHours(1)) {
                    queueHour(label);
                }
                links.wakeAll();
                awaitAnswered(links, retry);
                out.printf(Locale.ROOT, "Back-fill of the %d hours to %s (Beijing time, hour ends): %s in %.1f s%n",
                        hours, lastEnded, summary(links), (System.nanoTime() - started) / 1e9);
            }
            if (live) {
                live(links, lastEnded);
            }
            out.printf(Locale.ROOT, "Done: %d loggers connected, %s%n", links.connected(), summary(links));
            if (links.givenUp() > 0) {
                out.println("Packets were given up without a 9014: those logger-gateway refused are counted in its "
                        + "ecocity_logger_packets_rejected_total (see its log), the others it may never have received; "
                        + "a station-hour it did not take is not in air-service.");
            }
        }
    }

    static LoggerLinks.Retry retry(Map<String, String> options) {
        long ackTimeout = Long.parseLong(options.getOrDefault("ack-timeout", "15")) * 1000;
        int attempts = Integer.parseInt(options.getOrDefault("attempts", "4"));
        long giveUpAfter = Long.parseLong(options.getOrDefault("give-up-after", "600")) * 1000;
        long reconnectMax = Long.parseLong(options.getOrDefault("reconnect-max", "30")) * 1000;
        if (ackTimeout <= 0 || attempts < 1 || giveUpAfter <= 0 || reconnectMax < 1000) {
            throw new IllegalArgumentException("--ack-timeout and --give-up-after are > 0 s, --attempts ≥ 1, "
                    + "--reconnect-max ≥ 1 s");
        }
        return new LoggerLinks.Retry(ackTimeout, attempts, giveUpAfter, 1000, reconnectMax);
    }

    private String summary(LoggerLinks links) {
        return summary(links, hourly.get(), realtime.get());
    }

    /** What the links did: every packet sent is acknowledged, given up or still waiting. */
    static String summary(LoggerLinks links, long hourly, long realtime) {
        return String.format(Locale.ROOT, "%,d packets sent (%,d hourly 2061, %,d real-time 2011), %,d acknowledged "
                + "(9014), %,d given up, %,d waiting; %,d resent (%,d ack timeouts); %d connections lost, %d reconnects, "
                + "%d failed connection attempts; mean ack %.1f ms",
                links.sent(), hourly, realtime, links.acks(), links.givenUp(), links.waiting(), links.resent(),
                links.timedOut(), links.dropped(), links.reconnects(), links.failedConnects(), links.meanAckMillis());
    }

    /** Registers every logger (again: the same registration answers 200); warns of targets the services lack. */
    private void register(String logger) {
        Set<String> sectionIds = new java.util.HashSet<>();
        sections.forEach(s -> sectionIds.add(s.sectionId()));
        for (Map.Entry<String, String> entry : targetOf.entrySet()) {
            String kind = sectionIds.contains(entry.getValue()) ? "WATER" : "AIR";
            rest.post(logger + "/api/loggers/devices", Map.of("mn", entry.getKey(), "kind", kind, "targetId",
                    entry.getValue(), "password", password));
        }
        out.printf("Registered %d air and %d water loggers with %s (MN SIM-<station or section id>, PW %s)%n",
                airStations.size(), sections.size(), logger, password);
        String air = options.getOrDefault("air", "http://localhost:8081").replaceAll("/+$", "");
        List<String> unknown = new ArrayList<>();
        for (DemoCity.Station station : airStations) {
            try {
                rest.get(air + "/api/air/stations/" + station.stationId());
            } catch (IllegalStateException e) {
                unknown.add(station.stationId());
            }
        }
        if (!unknown.isEmpty()) {
            out.printf("  air-service does not know %s: their observations will be dead-lettered; register the demo "
                    + "stations first (./ecocity demo)%n", unknown.size() > 8 ? unknown.size() + " stations" : unknown);
        }
    }

    /** Queues every logger's 2061 of the hour that ends at {@code label} (Beijing time). */
    private void queueHour(LocalDateTime label) {
        LocalDateTime dataTime = label.minusHours(1);
        Map<String, AirObservation> hour = airHour(label);
        for (DemoCity.Station station : airStations) {
            AirObservation o = hour.get(station.stationId());
            if (o == null) {
                // the demo has the station miss this hour: its logger has nothing to send
                continue;
            }
            queue(mn(station.stationId()), "2061", Hj212Encoder.ST_AIR, dataTime, "Avg", airValues(o));
            hourly.incrementAndGet();
        }
        for (DemoCity.Section section : sections) {
            queue(mn(section.sectionId()), "2061", Hj212Encoder.ST_WATER, dataTime, "Avg", waterValues(section, dataTime));
            hourly.incrementAndGet();
        }
    }

    /** Queues every logger's 2011 of {@code now}: the values of the hour in progress. */
    private void queueRealtime(LocalDateTime now) {
        LocalDateTime at = now.truncatedTo(ChronoUnit.SECONDS);
        Map<String, AirObservation> hour = airHour(now.truncatedTo(ChronoUnit.HOURS).plusHours(1));
        for (DemoCity.Station station : airStations) {
            AirObservation o = hour.get(station.stationId());
            if (o != null) {
                queue(mn(station.stationId()), "2011", Hj212Encoder.ST_AIR, at, "Rtd", airValues(o));
                realtime.incrementAndGet();
            }
        }
        for (DemoCity.Section section : sections) {
            queue(mn(section.sectionId()), "2011", Hj212Encoder.ST_WATER, at, "Rtd", waterValues(section, at));
            realtime.incrementAndGet();
        }
    }

    private void queue(String mn, String cn, String st, LocalDateTime dataTime, String suffix,
            Map<String, BigDecimal> values) {
        String qn = Hj212Encoder.nextQn(now());
        String segment = Hj212Encoder.upload(qn, st, cn, password, mn, dataTime, suffix, values);
        queues.get(mn).add(new LoggerLinks.Packet(qn, Hj212Encoder.frame(segment)));
    }

    static Map<String, BigDecimal> airValues(AirObservation o) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        BigDecimal[] byName = {o.so2(), o.no2(), o.pm10(), o.pm25(), o.co(), o.o3()};
        for (int p = 0; p < byName.length; p++) {
            if (byName[p] != null) {
                values.put(AIR_CODES.get(CityAirSeries.API_NAMES[p]), byName[p]);
            }
        }
        return values;
    }

    /** The items of the section's latest monthly sample at {@code at}, under their HJ 212 codes. */
    private Map<String, BigDecimal> waterValues(DemoCity.Section section, LocalDateTime at) {
        YearMonth month = YearMonth.from(at);
        LocalDateTime sampled = month.atDay(SectionSamples.SAMPLING_DAY).atTime(SectionSamples.SAMPLING_HOUR, 0);
        if (at.isBefore(sampled)) {
            month = month.minusMonths(1);
        }
        // generated from January of the sample's year, so each is the very sample the demo load sends
        List<WaterSample> samples = new SectionSamples(seed).samples(section, YearMonth.of(month.getYear(), 1), month);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> items = samples.get(samples.size() - 1).values();
        WATER_CODES.forEach((item, code) -> {
            if (items.get(item) != null) {
                values.put(code, items.get(item));
            }
        });
        return values;
    }

    /** The demo's observations of the hour labelled {@code label} (its end), by station. */
    Map<String, AirObservation> airHour(LocalDateTime label) {
        // the hour labelled 24:00 of a day is midnight of the next
        LocalDate day = label.toLocalTime().equals(LocalTime.MIDNIGHT) ? label.toLocalDate().minusDays(1)
                : label.toLocalDate();
        Map<String, AirObservation> ofDay = days.computeIfAbsent(day, d -> {
            CityAirSeries.CityDay city = years.computeIfAbsent(d.getYear(),
                    y -> CityAirSeries.year(CityAirSeries.planFor(y), seed)).get(d.getDayOfYear() - 1);
            Map<String, AirObservation> byStationHour = new HashMap<>();
            for (AirObservation o : observations.day(city, 24)) {
                byStationHour.put(o.stationId() + "@" + o.time().toLocalDateTime(), o);
            }
            return byStationHour;
        });
        if (days.size() > 3) {
            days.remove(days.keySet().iterator().next());
        }
        Map<String, AirObservation> result = new HashMap<>();
        for (DemoCity.Station station : airStations) {
            AirObservation o = ofDay.get(station.stationId() + "@" + label);
            if (o != null) {
                result.put(station.stationId(), o);
            }
        }
        return result;
    }

    private void live(LoggerLinks links, LocalDateTime lastEnded) throws InterruptedException {
        long interval = Long.parseLong(options.getOrDefault("realtime-seconds", "60")) * 1000;
        out.printf("Live: each hour's 2061 as it ends, a 2011 every %d s; Ctrl-C stops.%n", interval / 1000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> out.printf(Locale.ROOT, "%nStopped: %d loggers "
                + "connected, %s%n", links.connected(), summary(links))));
        LocalDateTime sentUpTo = lastEnded;
        while (true) {
            LocalDateTime now = now();
            sentUpTo = queueEndedHours(sentUpTo, now);
            queueRealtime(now);
            links.wakeAll();
            Thread.sleep(Math.min(interval, 5_000));
            out.printf(Locale.ROOT, "\r  %s  %s   ", clock(now()), summary(links));
            long rest = interval - Math.min(interval, 5_000);
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
    }

    /**
     * Queues the 2061 of every hour that has ended after {@code sentUpTo} and by {@code now} (hour ends, Beijing
     * time), and returns the end of the last one queued.
     */
    LocalDateTime queueEndedHours(LocalDateTime sentUpTo, LocalDateTime now) {
        LocalDateTime ended = now.truncatedTo(ChronoUnit.HOURS);
        for (LocalDateTime label = sentUpTo.plusHours(1); !label.isAfter(ended); label = label.plusHours(1)) {
            queueHour(label);
            sentUpTo = label;
            out.printf("%n  %s  the hour to %s ended: its 2061 queued for %d loggers%n", clock(now),
                    label.toLocalTime(), targetOf.size());
        }
        return sentUpTo;
    }

    /** The packets queued for logger {@code mn} and not sent yet. */
    List<LoggerLinks.Packet> queued(String mn) {
        return List.copyOf(queues.get(mn));
    }

    /**
     * Waits until every queued packet has been sent and acknowledged or given up. Links that lost their connection
     * keep reconnecting; the wait ends early only when no logger has been connected for the give-up time, since
     * packets not sent yet are never given up.
     */
    private void awaitAnswered(LoggerLinks links, LoggerLinks.Retry retry) throws InterruptedException {
        long lastReport = System.nanoTime();
        long lastConnected = System.nanoTime();
        while (queues.values().stream().anyMatch(q -> !q.isEmpty()) || links.waiting() > 0) {
            long now = System.nanoTime();
            if (links.connected() > 0) {
                lastConnected = now;
            } else if (now - lastConnected > retry.giveUpAfterMillis() * 1_000_000L) {
                out.printf("  no logger has been connected for %d s: stopping%n", retry.giveUpAfterMillis() / 1000);
                return;
            }
            Thread.sleep(50);
            if (now - lastReport > 5_000_000_000L) {
                lastReport = now;
                out.printf(Locale.ROOT, "  … %,d sent, %,d acknowledged, %,d resent, %d connected, %d reconnects%n",
                        links.sent(), links.acks(), links.resent(), links.connected(), links.reconnects());
            }
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(BEIJING);
    }

    private static String clock(LocalDateTime now) {
        return now.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Map<String, String> codes(String... nameAndCode) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < nameAndCode.length; i += 2) {
            codes.put(nameAndCode[i], nameAndCode[i + 1]);
        }
        return codes;
    }
}
