package io.ecocity.air.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.config.AirConfig;
import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.domain.AirQualityIndex;
import io.ecocity.air.domain.AirQualityIndexCalculator;
import io.ecocity.air.domain.AqiEdition;
import io.ecocity.air.domain.AqiIndicator;
import io.ecocity.air.domain.AqiReportKind;
import io.ecocity.air.domain.AveragedConcentration;
import io.ecocity.air.domain.BeijingTime;
import io.ecocity.air.domain.CityAverage;
import io.ecocity.air.domain.CityIndicatorMean;
import io.ecocity.air.domain.DailyAirQualityAggregator;
import io.ecocity.air.domain.ExactMean;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.StationDailyValues;
import io.ecocity.air.domain.assessment.ReportingPrecision;
import io.ecocity.air.repository.ObservationStore;
import io.ecocity.air.repository.ObservationStore.Correction;
import io.ecocity.air.repository.ObservationStore.PendingChange;
import io.ecocity.air.repository.ReportStore;
import io.ecocity.air.repository.ReportStore.DailyReportRow;
import io.ecocity.air.repository.ReportStore.DailyValueRow;
import io.ecocity.air.repository.ReportStore.HourlyReportRow;
import io.ecocity.air.repository.ReportStore.ScopeKey;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationKind;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirObservationCorrected;
import io.ecocity.support.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recomputes what depends on changed observations, once per burst: the station, town and city real-time reports of
 * the affected hours, their daily reports and daily values, the correction events, and the city AQI alerts. The
 * reports are compared with what is stored; only what changed is written and announced (through the outbox, in
 * the same transaction), and {@link DailyValuesChanged} tells the statistics which days moved.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String STATION = "STATION";
    public static final String TOWN = "TOWN";
    public static final String CITY = "CITY";
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    private static final Duration MOVING_WINDOW = Duration.ofHours(23);
    private static final int DAYS_PER_RUN = 7;
    private static final int CORRECTIONS_PER_RUN = 5000;
    private static final int DAILY_VALUE_SCALE = 4;

    private final ObservationStore observations;
    private final ReportStore reports;
    private final StationRepository stationRepository;
    private final AirQualityIndexCalculator calculator;
    private final DailyAirQualityAggregator aggregator;
    private final CityAverage cityAverage;
    private final EventOutbox outbox;
    private final AlertService alerts;
    private final Event<DailyValuesChanged> dailyValuesChanged;
    private final ObjectMapper json;
    private final AirConfig.Assessment config;
    private final ReportingPrecision precision;
    private final AssessmentWorkingSet workingSet;

    public AssessmentService(ObservationStore observations, ReportStore reports, StationRepository stationRepository,
                             AirQualityIndexCalculator calculator, DailyAirQualityAggregator aggregator,
                             CityAverage cityAverage, EventOutbox outbox, AlertService alerts,
                             Event<DailyValuesChanged> dailyValuesChanged, ObjectMapper json, AirConfig config,
                             AssessmentRules rules, AssessmentWorkingSet workingSet) {
        this.observations = observations;
        this.reports = reports;
        this.stationRepository = stationRepository;
        this.calculator = calculator;
        this.aggregator = aggregator;
        this.cityAverage = cityAverage;
        this.outbox = outbox;
        this.alerts = alerts;
        this.dailyValuesChanged = dailyValuesChanged;
        this.json = json;
        this.config = config.assessment();
        this.precision = rules.precision();
        this.workingSet = workingSet;
    }

    /** What one run did. */
    public record Outcome(int stationDays, int hourlyReportsChanged, int dailyReportsChanged, int corrections) {
        public boolean idle() {
            return stationDays == 0 && corrections == 0;
        }
    }

    private record Station(String id, String town, StationKind kind, boolean assessed) {
    }

    /** The hourly values of one station: per pollutant, hour end → value. */
    private static final class Series {
        final Map<Pollutant, Map<Instant, BigDecimal>> byPollutant = new EnumMap<>(Pollutant.class);
        final Map<Instant, BigDecimal[]> byHour = new HashMap<>();
    }

    @Transactional
    public Outcome recomputePending() {
        int corrections = announceCorrections();
        List<PendingChange> pending = observations.pending(DAYS_PER_RUN, config.maxStationDaysPerRun());
        if (pending.isEmpty()) {
            return new Outcome(0, 0, 0, corrections);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Station> stations = stations();
        Set<StationKind> townKinds = Set.copyOf(config.townStationKinds());

        Map<String, TreeSet<Instant>> hoursByStation = new HashMap<>();
        Map<String, Set<LocalDate>> daysByStation = new HashMap<>();
        boolean windowsReachBack = aggregator.options().firstEightHourWindowEndHour() < 8;
        for (PendingChange change : pending) {
            // Under 2012 the real-time report of an hour holds 24-hour moving averages, so a changed hour moves the
            // reports of the 23 hours after it too.
            Instant reach = AqiEdition.forHourEnding(change.fromHour()) == AqiEdition.HJ633_2012
                    ? change.toHour().plus(MOVING_WINDOW) : change.toHour();
            TreeSet<Instant> hours = hoursByStation.computeIfAbsent(change.stationId(), s -> new TreeSet<>());
            for (Instant hour = change.fromHour(); !hour.isAfter(reach); hour = hour.plus(ONE_HOUR)) {
                hours.add(hour);
            }
            Set<LocalDate> days = daysByStation.computeIfAbsent(change.stationId(), s -> new HashSet<>());
            days.add(change.day());
            if (windowsReachBack) {
                days.add(change.day().plusDays(1));
            }
        }
        Instant first = null;
        Instant last = null;
        for (TreeSet<Instant> hours : hoursByStation.values()) {
            first = first == null || hours.first().isBefore(first) ? hours.first() : first;
            last = last == null || hours.last().isAfter(last) ? hours.last() : last;
        }
        TreeSet<LocalDate> allDays = new TreeSet<>();
        daysByStation.values().forEach(allDays::addAll);
        Instant firstDayStart = BeijingTime.hourEnd(allDays.first(), 1).minus(ONE_HOUR);
        Instant lastDayEnd = BeijingTime.hourEnd(allDays.last(), 24);
        Instant loadFrom = (first.isBefore(firstDayStart) ? first : firstDayStart).minus(Duration.ofHours(24));
        Instant loadTo = last.isAfter(lastDayEnd) ? last : lastDayEnd;
        // The working set takes in the hours the queue names (read from the database, one statement per span),
        // then hands over the days the run needs, reading only those it does not hold.
        Map<List<Instant>, Set<String>> stationsBySpan = new HashMap<>();
        for (PendingChange change : pending) {
            stationsBySpan.computeIfAbsent(List.of(change.fromHour(), change.toHour()), s -> new HashSet<>())
                    .add(change.stationId());
        }
        workingSet.refresh(stationsBySpan);
        Map<String, Series> series = load(workingSet.observations(
                stationsToLoad(hoursByStation.keySet(), stations, townKinds),
                BeijingTime.dayOfHourEnding(loadFrom), BeijingTime.dayOfHourEnding(loadTo)));

        HourlyRun hourly = new HourlyRun(stations, series, townKinds);
        for (Map.Entry<String, TreeSet<Instant>> entry : hoursByStation.entrySet()) {
            Station station = stations.get(entry.getKey());
            Series own = series.get(entry.getKey());
            if (station == null || own == null) {
                continue;
            }
            for (Instant hour : entry.getValue()) {
                if (own.byHour.containsKey(hour)) {
                    hourly.stationHour(station, hour);
                }
            }
        }
        int hourlyChanged = hourly.computeAreasAndSave(now);

        DailyRun daily = new DailyRun(stations, series, townKinds);
        daysByStation.forEach((stationId, days) -> {
            Station station = stations.get(stationId);
            if (station != null) {
                days.forEach(day -> daily.stationDay(station, day));
            }
        });
        int dailyChanged = daily.computeAreasAndSave(now);

        observations.removePending(pending.stream().map(PendingChange::id).toList());
        return new Outcome(pending.size(), hourlyChanged, dailyChanged, corrections);
    }

    /**
     * The stations whose observations a run needs: the changed ones, and the members of the areas they belong to (all
     * assessed stations when one of them changed, the town's reference stations when one of those changed). A run
     * over a province's worth of micro sensors must not hold every station's week in memory.
     */
    private static Set<String> stationsToLoad(Set<String> changed, Map<String, Station> stations,
                                              Set<StationKind> townKinds) {
        Set<String> needed = new HashSet<>(changed);
        boolean cityChanged = false;
        Set<String> townsChanged = new HashSet<>();
        for (String id : changed) {
            Station station = stations.get(id);
            if (station == null) {
                continue;
            }
            cityChanged |= station.assessed();
            if (townKinds.contains(station.kind())) {
                townsChanged.add(station.town());
            }
        }
        for (Station station : stations.values()) {
            if ((cityChanged && station.assessed())
                    || (townKinds.contains(station.kind()) && townsChanged.contains(station.town()))) {
                needed.add(station.id());
            }
        }
        return needed;
    }

    private int announceCorrections() {
        List<Correction> corrections = observations.unannouncedCorrections(CORRECTIONS_PER_RUN);
        for (Correction correction : corrections) {
            BigDecimal[] p = correction.previous();
            BigDecimal[] c = correction.current();
            outbox.append(EventType.AIR_OBSERVATION_CORRECTED, correction.stationId(), new AirObservationCorrected(
                    correction.stationId(), io.ecocity.support.api.BeijingTime.of(correction.hourEnd()),
                    correction.revision(),
                    new AirObservationCorrected.Previous(p[0], p[1], p[2], p[3], p[4], p[5]),
                    new AirObservationCorrected.Current(c[0], c[1], c[2], c[3], c[4], c[5]),
                    io.ecocity.support.api.BeijingTime.of(correction.correctedAt())));
        }
        observations.markAnnounced(corrections.stream().map(Correction::id).toList());
        return corrections.size();
    }

    private Map<String, Station> stations() {
        Map<String, Station> stations = new HashMap<>();
        for (StationEntity entity : stationRepository.listAll()) {
            stations.put(entity.stationId, new Station(entity.stationId, entity.town, entity.kind, entity.assessed));
        }
        return stations;
    }

    private static Map<String, Series> load(Map<String, Map<Instant, BigDecimal[]>> observationsByStation) {
        Map<String, Series> byStation = new HashMap<>();
        observationsByStation.forEach((stationId, hours) -> {
            Series series = byStation.computeIfAbsent(stationId, s -> new Series());
            hours.forEach((hourEnd, values) -> {
                series.byHour.put(hourEnd, values);
                for (Pollutant pollutant : Pollutant.values()) {
                    BigDecimal value = values[pollutant.ordinal()];
                    if (value != null) {
                        series.byPollutant.computeIfAbsent(pollutant, p -> new HashMap<>()).put(hourEnd, value);
                    }
                }
            });
        });
        return byStation;
    }

    /** The real-time reports of one run. */
    private final class HourlyRun {
        private final Map<String, Station> stations;
        private final Map<String, Series> series;
        private final Set<StationKind> townKinds;
        private final Map<ScopeKey, Map<Instant, AirHourlyAssessment>> computed = new LinkedHashMap<>();
        private final Map<String, Map<Instant, Map<AqiIndicator, BigDecimal>>> indicatorCache = new HashMap<>();
        private final TreeSet<Instant> cityHours = new TreeSet<>();
        private final Map<String, TreeSet<Instant>> townHours = new HashMap<>();

        HourlyRun(Map<String, Station> stations, Map<String, Series> series, Set<StationKind> townKinds) {
            this.stations = stations;
            this.series = series;
            this.townKinds = townKinds;
        }

        void stationHour(Station station, Instant hour) {
            AqiEdition edition = AqiEdition.forHourEnding(hour);
            AirQualityIndex index = calculator.calculate(edition, AqiReportKind.HOURLY, indicators(station.id(), hour));
            BigDecimal[] values = series.get(station.id()).byHour.get(hour);
            put(new ScopeKey(STATION, station.id()), hour, payload(STATION, station.id(), station.town(), hour,
                    edition, concentrations(values), index, null));
            if (station.assessed()) {
                cityHours.add(hour);
            }
            if (townKinds.contains(station.kind())) {
                townHours.computeIfAbsent(station.town(), t -> new TreeSet<>()).add(hour);
            }
        }

        int computeAreasAndSave(Instant now) {
            for (Instant hour : cityHours) {
                area(CITY, CITY, null, hour, stations.values().stream().filter(Station::assessed).toList());
            }
            townHours.forEach((town, hours) -> {
                List<Station> members = stations.values().stream()
                        .filter(s -> town.equals(s.town()) && townKinds.contains(s.kind())).toList();
                hours.forEach(hour -> area(TOWN, town, town, hour, members));
            });
            return save(now);
        }

        private void area(String scope, String scopeId, String town, Instant hour, List<Station> members) {
            Map<String, Map<AqiIndicator, BigDecimal>> byStation = new HashMap<>();
            Map<Pollutant, List<BigDecimal>> oneHour = new EnumMap<>(Pollutant.class);
            for (Station member : members) {
                Series own = series.get(member.id());
                BigDecimal[] values = own == null ? null : own.byHour.get(hour);
                if (values == null) {
                    continue;
                }
                Map<AqiIndicator, BigDecimal> indicators = indicators(member.id(), hour);
                if (!indicators.isEmpty()) {
                    byStation.put(member.id(), indicators);
                }
                for (Pollutant pollutant : Pollutant.values()) {
                    if (values[pollutant.ordinal()] != null) {
                        oneHour.computeIfAbsent(pollutant, p -> new ArrayList<>()).add(values[pollutant.ordinal()]);
                    }
                }
            }
            if (byStation.isEmpty() && oneHour.isEmpty()) {
                return;
            }
            AqiEdition edition = AqiEdition.forHourEnding(hour);
            AirQualityIndex index = cityAverage.cityAirQuality(edition, AqiReportKind.HOURLY, byStation)
                    .airQualityIndex();
            BigDecimal[] means = new BigDecimal[Pollutant.values().length];
            oneHour.forEach((pollutant, values) -> means[pollutant.ordinal()] = ExactMean.of(values));
            put(new ScopeKey(scope, scopeId), hour, payload(scope, null, town, hour, edition, concentrations(means),
                    index, byStation.size()));
        }

        private Map<AqiIndicator, BigDecimal> indicators(String stationId, Instant hour) {
            return indicatorCache.computeIfAbsent(stationId, s -> new HashMap<>()).computeIfAbsent(hour,
                    h -> aggregator.realTimeIndicatorValues(AqiEdition.forHourEnding(h), h,
                            series.get(stationId).byPollutant));
        }

        private void put(ScopeKey key, Instant hour, AirHourlyAssessment payload) {
            computed.computeIfAbsent(key, k -> new TreeMap<>()).put(hour, payload);
        }

        private int save(Instant now) {
            if (computed.isEmpty()) {
                return 0;
            }
            Set<AssessmentWorkingSet.ScopeDay> scopeDays = new HashSet<>();
            computed.forEach((key, byHour) -> byHour.keySet().forEach(hour ->
                    scopeDays.add(new AssessmentWorkingSet.ScopeDay(key, BeijingTime.dayOfHourEnding(hour)))));
            Map<ScopeKey, Map<Instant, AssessmentWorkingSet.StoredReport>> stored =
                    workingSet.hourlyReports(scopeDays);
            List<HourlyReportRow> inserts = new ArrayList<>();
            List<HourlyReportRow> updates = new ArrayList<>();
            List<AirHourlyAssessment> cityChanges = new ArrayList<>();
            computed.forEach((key, byHour) -> byHour.forEach((hour, payload) -> {
                AssessmentWorkingSet.StoredReport previous = stored.getOrDefault(key, Map.of()).get(hour);
                String text = write(payload);
                byte[] digest = AssessmentWorkingSet.digest(text);
                if (previous != null && previous.sameAs(digest)) {
                    return;
                }
                HourlyReportRow row = new HourlyReportRow(key.scope(), key.scopeId(), hour, payload.town(),
                        payload.edition(), payload.aqi(), payload.level(), payload.stationCount(),
                        previous == null ? 1 : previous.revision() + 1, text);
                (previous == null ? inserts : updates).add(row);
                workingSet.wroteHourly(row);
                outbox.append(EventType.AIR_HOURLY_ASSESSED, eventKey(key),
                        AssessmentPayloads.withCorrection(payload, previous != null));
                if (CITY.equals(key.scope())) {
                    cityChanges.add(payload);
                }
            }));
            reports.saveHourly(inserts, updates, now);
            for (AirHourlyAssessment city : cityChanges) {
                alerts.cityHourlyAqi(city.time().toInstant(), city.aqi());
            }
            return inserts.size() + updates.size();
        }
    }

    private AirHourlyAssessment payload(String scope, String stationId, String town, Instant hour, AqiEdition edition,
                                        AirHourlyAssessment.Concentrations concentrations, AirQualityIndex index,
                                        Integer stationCount) {
        AssessmentPayloads.AqiPart part = AssessmentPayloads.aqiPart(index, precision);
        return new AirHourlyAssessment(scope, stationId, town, io.ecocity.support.api.BeijingTime.of(hour),
                edition.name(), concentrations, AssessmentPayloads.hourlyIndicators(part), part.aqi(), part.level(),
                part.category(), part.categoryEn(), part.colour(), part.primaryPollutants(),
                part.exceedancePollutants(), part.capped(), stationCount, false);
    }

    private AirHourlyAssessment.Concentrations concentrations(BigDecimal[] v) {
        return AssessmentPayloads.reported(precision, v);
    }

    /** The daily reports and values of one run. */
    private final class DailyRun {
        private final Map<String, Station> stations;
        private final Map<String, Series> series;
        private final Set<StationKind> townKinds;
        private final Map<String, Map<LocalDate, StationDailyValues>> stationDays = new HashMap<>();
        private final Map<ScopeKey, TreeMap<LocalDate, Computed>> computed = new LinkedHashMap<>();
        private final TreeSet<LocalDate> cityDays = new TreeSet<>();
        private final Map<String, TreeSet<LocalDate>> townDays = new HashMap<>();

        private record Computed(AirDailyAssessment payload, DailyValueRow values) {
        }

        DailyRun(Map<String, Station> stations, Map<String, Series> series, Set<StationKind> townKinds) {
            this.stations = stations;
            this.series = series;
            this.townKinds = townKinds;
        }

        void stationDay(Station station, LocalDate day) {
            if (!series.containsKey(station.id())) {
                return;
            }
            StationDailyValues values = daily(station.id(), day);
            AqiEdition edition = AqiEdition.forDay(day);
            AirQualityIndex index = calculator.calculate(edition, AqiReportKind.DAILY, values.indicatorValues(edition));
            Map<AqiIndicator, AveragedConcentration> statistics = statistics(values);
            List<AirDailyAssessment.Value> reportValues = new ArrayList<>();
            Map<AqiIndicator, BigDecimal> concentrations = new EnumMap<>(AqiIndicator.class);
            Map<AqiIndicator, Integer> coverage = new EnumMap<>(AqiIndicator.class);
            for (AqiIndicator indicator : AssessmentPayloads.DAILY_VALUE_ORDER) {
                AveragedConcentration statistic = statistics.get(indicator);
                BigDecimal value = statistic.concentration().orElse(null);
                reportValues.add(new AirDailyAssessment.Value(indicator.name(),
                        AssessmentPayloads.reported(precision, indicator.pollutant(), value), value != null,
                        statistic.coverage()));
                if (value != null) {
                    concentrations.put(indicator, value);
                }
                coverage.put(indicator, statistic.coverage());
            }
            put(new ScopeKey(STATION, station.id()), day, STATION, station.id(), station.town(), edition,
                    reportValues, index, concentrations, coverage);
            if (station.assessed()) {
                cityDays.add(day);
            }
            if (townKinds.contains(station.kind())) {
                townDays.computeIfAbsent(station.town(), t -> new TreeSet<>()).add(day);
            }
        }

        int computeAreasAndSave(Instant now) {
            for (LocalDate day : cityDays) {
                area(CITY, CITY, null, day, stations.values().stream().filter(Station::assessed).toList());
            }
            townDays.forEach((town, days) -> {
                List<Station> members = stations.values().stream()
                        .filter(s -> town.equals(s.town()) && townKinds.contains(s.kind())).toList();
                days.forEach(day -> area(TOWN, town, town, day, members));
            });
            return save(now);
        }

        private void area(String scope, String scopeId, String town, LocalDate day, List<Station> members) {
            // Every daily statistic is averaged over the stations that have it valid; the AQI is then computed
            // from those means (never from station AQIs), with the indicators of the day's edition.
            Map<String, Map<AqiIndicator, BigDecimal>> byStation = new HashMap<>();
            for (Station member : members) {
                if (!series.containsKey(member.id())) {
                    continue;
                }
                Map<AqiIndicator, BigDecimal> valid = new EnumMap<>(AqiIndicator.class);
                statistics(daily(member.id(), day)).forEach((indicator, statistic) ->
                        statistic.concentration().ifPresent(value -> valid.put(indicator, value)));
                if (!valid.isEmpty()) {
                    byStation.put(member.id(), valid);
                }
            }
            if (byStation.isEmpty()) {
                return;
            }
            Map<AqiIndicator, CityIndicatorMean> means = cityAverage.means(byStation);
            AqiEdition edition = AqiEdition.forDay(day);
            Set<AqiIndicator> accepted = AirQualityIndexCalculator.acceptedIndicators(edition, AqiReportKind.DAILY);
            Map<AqiIndicator, BigDecimal> forAqi = new EnumMap<>(AqiIndicator.class);
            means.forEach((indicator, mean) -> {
                if (accepted.contains(indicator)) {
                    forAqi.put(indicator, mean.concentration());
                }
            });
            AirQualityIndex index = calculator.calculate(edition, AqiReportKind.DAILY, forAqi);
            List<AirDailyAssessment.Value> reportValues = new ArrayList<>();
            Map<AqiIndicator, BigDecimal> concentrations = new EnumMap<>(AqiIndicator.class);
            Map<AqiIndicator, Integer> coverage = new EnumMap<>(AqiIndicator.class);
            for (AqiIndicator indicator : AssessmentPayloads.DAILY_VALUE_ORDER) {
                CityIndicatorMean mean = means.get(indicator);
                // An area's coverage is the number of stations whose valid value went into the mean.
                int stationsWithValue = mean == null ? 0 : mean.stations();
                reportValues.add(new AirDailyAssessment.Value(indicator.name(),
                        mean == null ? null : AssessmentPayloads.reported(precision, indicator.pollutant(),
                                mean.concentration()), mean != null, stationsWithValue));
                if (mean != null) {
                    concentrations.put(indicator, mean.concentration());
                }
                coverage.put(indicator, stationsWithValue);
            }
            put(new ScopeKey(scope, scopeId), day, scope, null, town, edition, reportValues, index, concentrations,
                    coverage);
        }

        private StationDailyValues daily(String stationId, LocalDate day) {
            return stationDays.computeIfAbsent(stationId, s -> new HashMap<>()).computeIfAbsent(day,
                    d -> aggregator.daily(d, series.get(stationId).byPollutant));
        }

        private Map<AqiIndicator, AveragedConcentration> statistics(StationDailyValues values) {
            Map<AqiIndicator, AveragedConcentration> statistics = new EnumMap<>(AqiIndicator.class);
            values.dailyMeans().forEach((pollutant, mean) -> statistics.put(dailyIndicator(pollutant), mean));
            statistics.put(AqiIndicator.O3_8H, values.ozoneDailyMaxEightHour());
            statistics.put(AqiIndicator.O3_1H, values.ozoneDailyMaxOneHour());
            return statistics;
        }

        private void put(ScopeKey key, LocalDate day, String scope, String stationId, String town, AqiEdition edition,
                         List<AirDailyAssessment.Value> values, AirQualityIndex index,
                         Map<AqiIndicator, BigDecimal> concentrations, Map<AqiIndicator, Integer> coverage) {
            AssessmentPayloads.AqiPart part = AssessmentPayloads.aqiPart(index, precision);
            AirDailyAssessment payload = new AirDailyAssessment(scope, stationId, town, day, edition.name(), values,
                    AssessmentPayloads.dailyIndicators(part), part.aqi(), part.level(), part.category(),
                    part.categoryEn(), part.colour(), part.primaryPollutants(), part.exceedancePollutants(),
                    part.capped(), false);
            DailyValueRow row = new DailyValueRow(scope, key.scopeId(), town, day, edition.name(),
                    scaled(concentrations.get(AqiIndicator.SO2_24H)), scaled(concentrations.get(AqiIndicator.NO2_24H)),
                    scaled(concentrations.get(AqiIndicator.PM10_24H)),
                    scaled(concentrations.get(AqiIndicator.PM25_24H)), scaled(concentrations.get(AqiIndicator.CO_24H)),
                    scaled(concentrations.get(AqiIndicator.O3_8H)), scaled(concentrations.get(AqiIndicator.O3_1H)),
                    coverage.get(AqiIndicator.SO2_24H), coverage.get(AqiIndicator.NO2_24H),
                    coverage.get(AqiIndicator.PM10_24H), coverage.get(AqiIndicator.PM25_24H),
                    coverage.get(AqiIndicator.CO_24H), coverage.get(AqiIndicator.O3_8H),
                    coverage.get(AqiIndicator.O3_1H), part.aqi(), part.level(),
                    part.primaryPollutants().isEmpty() ? null : String.join(",", part.primaryPollutants()));
            computed.computeIfAbsent(key, k -> new TreeMap<>()).put(day, new Computed(payload, row));
        }

        private int save(Instant now) {
            if (computed.isEmpty()) {
                return 0;
            }
            Set<AssessmentWorkingSet.ScopeDay> scopeDays = new HashSet<>();
            computed.forEach((key, byDay) -> byDay.keySet().forEach(day ->
                    scopeDays.add(new AssessmentWorkingSet.ScopeDay(key, day))));
            Map<AssessmentWorkingSet.ScopeDay, AssessmentWorkingSet.ReportDay> stored =
                    workingSet.dailyReports(scopeDays);
            Map<String, Long> valueRevisions = new HashMap<>();
            List<DailyReportRow> inserts = new ArrayList<>();
            List<DailyReportRow> updates = new ArrayList<>();
            List<DailyValueRow> values = new ArrayList<>();
            Set<LocalDate> changedDays = new TreeSet<>();
            Set<String> changedScopes = new HashSet<>();
            List<AirDailyAssessment> cityChanges = new ArrayList<>();
            computed.forEach((key, byDay) -> byDay.forEach((day, result) -> {
                AssessmentWorkingSet.ReportDay held = stored.get(new AssessmentWorkingSet.ScopeDay(key, day));
                AssessmentWorkingSet.StoredReport previous = held.daily;
                String text = write(result.payload());
                byte[] digest = AssessmentWorkingSet.digest(text);
                if (previous != null && previous.sameAs(digest)) {
                    return;
                }
                AirDailyAssessment payload = result.payload();
                DailyReportRow row = new DailyReportRow(key.scope(), key.scopeId(), day, payload.town(),
                        payload.edition(), payload.aqi(), payload.level(),
                        previous == null ? 1 : previous.revision() + 1, text);
                (previous == null ? inserts : updates).add(row);
                values.add(result.values());
                String valueKey = ReportStore.valueKey(key.scope(), key.scopeId(), day);
                if (held.dailyValueRevision != null) {
                    valueRevisions.put(valueKey, held.dailyValueRevision);
                }
                workingSet.wroteDaily(row, held.dailyValueRevision == null ? 1 : held.dailyValueRevision + 1);
                changedDays.add(day);
                changedScopes.add(key.scopeId());
                outbox.append(EventType.AIR_DAILY_ASSESSED, eventKey(key),
                        AssessmentPayloads.withCorrection(payload, previous != null));
                if (CITY.equals(key.scope())) {
                    cityChanges.add(payload);
                }
            }));
            reports.saveDaily(inserts, updates, values, valueRevisions, now);
            for (AirDailyAssessment city : cityChanges) {
                alerts.cityDailyAqi(city.date(), city.aqi());
            }
            if (!changedDays.isEmpty()) {
                dailyValuesChanged.fire(new DailyValuesChanged(changedDays, changedScopes));
            }
            return inserts.size() + updates.size();
        }
    }

    private static AqiIndicator dailyIndicator(Pollutant pollutant) {
        return switch (pollutant) {
            case SO2 -> AqiIndicator.SO2_24H;
            case NO2 -> AqiIndicator.NO2_24H;
            case PM10 -> AqiIndicator.PM10_24H;
            case PM25 -> AqiIndicator.PM25_24H;
            case CO -> AqiIndicator.CO_24H;
            case O3 -> AqiIndicator.O3_8H;
        };
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(DAILY_VALUE_SCALE, RoundingMode.HALF_EVEN);
    }

    static String eventKey(ScopeKey key) {
        return switch (key.scope()) {
            case CITY -> CITY;
            case TOWN -> "TOWN:" + key.scopeId();
            default -> key.scopeId();
        };
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report as JSON", e);
        }
    }

}
