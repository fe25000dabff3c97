package io.ecocity.air.service;

import io.ecocity.air.config.AirConfig;
import io.ecocity.air.domain.BeijingTime;
import io.ecocity.air.repository.ObservationStore;
import io.ecocity.air.repository.ObservationStore.StoredObservation;
import io.ecocity.air.repository.ReportStore;
import io.ecocity.air.repository.ReportStore.DailyReportRow;
import io.ecocity.air.repository.ReportStore.HourlyReportRow;
import io.ecocity.air.repository.ReportStore.ScopeKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the assessment keeps between runs, so that a run costs what its batch carries and not what the history
 * holds: the observations of recent station-days (by Beijing day) and, per scope-day, the revision and a digest of
 * each stored hourly and daily report and the revision of its daily value. Both are bounded by size (least recently
 * used out) and filled from the database on a miss, so a restart or an eviction only costs a reload.
 *
 * <p>The observations are the database's committed values: a run refreshes exactly the hours its queued changes
 * name (which are committed before they are queued), so what is held never runs ahead of or behind the database.
 * The reports are written only by the assessment (one run at a time); what a run writes is applied here when its
 * transaction commits, and a rolled-back run forgets every report held, to be read again.
 */
@ApplicationScoped
public class AssessmentWorkingSet {

    /** One station's Beijing day. */
    record StationDay(String stationId, LocalDate day) {
    }

    /** One scope's Beijing day. */
    record ScopeDay(ScopeKey scope, LocalDate day) {
    }

    /** A stored report as the comparison needs it: its revision and the digest of its published JSON. */
    record StoredReport(long revision, byte[] digest) {
        boolean sameAs(byte[] other) {
            return Arrays.equals(digest, other);
        }
    }

    /** The reports of one scope-day; {@code daily} and {@code dailyValueRevision} are null when there is none. */
    static final class ReportDay {
        final Map<Instant, StoredReport> hours = new HashMap<>();
        boolean hoursLoaded;
        StoredReport daily;
        Long dailyValueRevision;
        boolean dailyLoaded;
    }

    private final ObservationStore observations;
    private final ReportStore reports;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<StationDay, Map<Instant, BigDecimal[]>> days;
    private final Map<ScopeDay, ReportDay> reportDays;
    private final List<Runnable> staged = new ArrayList<>();

    public AssessmentWorkingSet(ObservationStore observations, ReportStore reports,
                                TransactionSynchronizationRegistry transactions, AirConfig config) {
        this.observations = observations;
        this.reports = reports;
        this.transactions = transactions;
        this.days = lru(config.assessment().workingSetStationDays());
        this.reportDays = lru(config.assessment().workingSetScopeDays());
    }

    private static <K, V> Map<K, V> lru(int maxEntries) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Held station-days, for tests and figures. */
    synchronized int stationDaysHeld() {
        return days.size();
    }

    /** Forgets everything held (the next run reloads what it needs). */
    public synchronized void clear() {
        days.clear();
        reportDays.clear();
        staged.clear();
    }

    /**
     * Takes in the stored values of the given hours of the given stations (each span read with one statement for
     * all its stations), for the station-days held; a day not held is read whole when it is next needed.
     */
    synchronized void refresh(Map<List<Instant>, Set<String>> stationsBySpan) {
        stationsBySpan.forEach((span, stations) -> {
            Instant from = span.get(0);
            Instant to = span.get(1);
            Set<String> held = new HashSet<>();
            for (String station : stations) {
                for (LocalDate day = BeijingTime.dayOfHourEnding(from); !day.isAfter(BeijingTime.dayOfHourEnding(to));
                     day = day.plusDays(1)) {
                    if (days.containsKey(new StationDay(station, day))) {
                        held.add(station);
                    }
                }
            }
            if (held.isEmpty()) {
                return;
            }
            for (StoredObservation row : observations.between(from, to, held)) {
                Map<Instant, BigDecimal[]> day = days.get(new StationDay(row.stationId(),
                        BeijingTime.dayOfHourEnding(row.hourEnd())));
                if (day != null) {
                    day.put(row.hourEnd(), row.values());
                }
            }
        });
    }

    /**
     * The observations of the given stations on the days {@code from} … {@code to}, by station (hour end → values),
     * stations without any left out. Days not held are read with one statement for all the stations missing any.
     */
    synchronized Map<String, Map<Instant, BigDecimal[]>> observations(Collection<String> stations, LocalDate from,
                                                                       LocalDate to) {
        Map<StationDay, Map<Instant, BigDecimal[]>> inHand = new HashMap<>();
        Set<String> missing = new HashSet<>();
        LocalDate firstMissing = null;
        LocalDate lastMissing = null;
        for (String station : stations) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                StationDay key = new StationDay(station, day);
                Map<Instant, BigDecimal[]> held = days.get(key);
                if (held != null) {
                    inHand.put(key, held);
                } else {
                    missing.add(station);
                    firstMissing = firstMissing == null || day.isBefore(firstMissing) ? day : firstMissing;
                    lastMissing = lastMissing == null || day.isAfter(lastMissing) ? day : lastMissing;
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<StationDay, Map<Instant, BigDecimal[]>> loaded = new HashMap<>();
            for (String station : missing) {
                for (LocalDate day = firstMissing; !day.isAfter(lastMissing); day = day.plusDays(1)) {
                    loaded.put(new StationDay(station, day), new HashMap<>());
                }
            }
            for (StoredObservation row : observations.between(BeijingTime.hourEnd(firstMissing, 1),
                    BeijingTime.hourEnd(lastMissing, 24), missing)) {
                loaded.get(new StationDay(row.stationId(), BeijingTime.dayOfHourEnding(row.hourEnd())))
                        .put(row.hourEnd(), row.values());
            }
            loaded.forEach((key, hours) -> {
                // a day held already is the same committed data; keep the one held
                Map<Instant, BigDecimal[]> held = days.computeIfAbsent(key, k -> hours);
                if (!key.day().isBefore(from) && !key.day().isAfter(to)) {
                    inHand.put(key, held);
                }
            });
        }
        Map<String, Map<Instant, BigDecimal[]>> byStation = new HashMap<>();
        inHand.forEach((key, hours) -> {
            if (!hours.isEmpty()) {
                byStation.computeIfAbsent(key.stationId(), s -> new HashMap<>()).putAll(hours);
            }
        });
        return byStation;
    }

    /** The stored hourly reports of the given scope-days, by scope and hour; days not held are read first. */
    synchronized Map<ScopeKey, Map<Instant, StoredReport>> hourlyReports(Collection<ScopeDay> wanted) {
        Map<ScopeDay, ReportDay> loaded = heldOf(wanted);
        rangesOf(notHeld(wanted, held -> held.hoursLoaded)).forEach((range, scopes) -> {
            reloading(range, scopes, loaded, reportDay -> {
                reportDay.hours.clear();
                reportDay.hoursLoaded = true;
            });
            reports.hourly(scopes, BeijingTime.hourEnd(range.get(0), 1), BeijingTime.hourEnd(range.get(1), 24))
                    .forEach((scope, rows) -> rows.forEach((hour, row) ->
                            loaded.get(new ScopeDay(scope, BeijingTime.dayOfHourEnding(hour))).hours.put(hour,
                                    new StoredReport(row.revision(), digest(row.payload())))));
        });
        Map<ScopeKey, Map<Instant, StoredReport>> found = new HashMap<>();
        for (ScopeDay scopeDay : wanted) {
            found.computeIfAbsent(scopeDay.scope(), s -> new HashMap<>()).putAll(loaded.get(scopeDay).hours);
        }
        return found;
    }

    /** The stored daily reports of the given scope-days (with their daily value's revision); missing days read first. */
    synchronized Map<ScopeDay, ReportDay> dailyReports(Collection<ScopeDay> wanted) {
        Map<ScopeDay, ReportDay> loaded = heldOf(wanted);
        rangesOf(notHeld(wanted, held -> held.dailyLoaded)).forEach((range, scopes) -> {
            reloading(range, scopes, loaded, reportDay -> {
                reportDay.daily = null;
                reportDay.dailyValueRevision = null;
                reportDay.dailyLoaded = true;
            });
            reports.daily(scopes, range.get(0), range.get(1)).forEach((scope, rows) -> rows.forEach((day, row) ->
                    loaded.get(new ScopeDay(scope, day)).daily = new StoredReport(row.revision(),
                            digest(row.payload()))));
            reports.dailyValueRevisions(scopes, range.get(0), range.get(1)).forEach((scope, rows) ->
                    rows.forEach((day, revision) -> loaded.get(new ScopeDay(scope, day)).dailyValueRevision = revision));
        });
        Map<ScopeDay, ReportDay> found = new HashMap<>();
        for (ScopeDay scopeDay : wanted) {
            found.put(scopeDay, loaded.get(scopeDay));
        }
        return found;
    }

    /** The days of {@code wanted} not held, or held without what {@code loaded} says was read, by scope. */
    /**
     * The wanted scope-days already held, taken before any is read: reading the others may evict some of them from the
     * bounded set (a run that touches more scope-days than it holds), and the run still needs them.
     */
    private Map<ScopeDay, ReportDay> heldOf(Collection<ScopeDay> wanted) {
        Map<ScopeDay, ReportDay> held = new HashMap<>();
        for (ScopeDay scopeDay : wanted) {
            ReportDay reportDay = reportDays.get(scopeDay);
            if (reportDay != null) {
                held.put(scopeDay, reportDay);
            }
        }
        return held;
    }

    private Map<ScopeKey, Set<LocalDate>> notHeld(Collection<ScopeDay> wanted, Predicate<ReportDay> loaded) {
        Map<ScopeKey, Set<LocalDate>> missing = new HashMap<>();
        for (ScopeDay scopeDay : wanted) {
            ReportDay held = reportDays.get(scopeDay);
            if (held == null || !loaded.test(held)) {
                missing.computeIfAbsent(scopeDay.scope(), s -> new HashSet<>()).add(scopeDay.day());
            }
        }
        return missing;
    }

    /** Each day of {@code range} ([first, last]) of each scope, made ready by {@code reset} to be read again. */
    private void reloading(List<LocalDate> range, Collection<ScopeKey> scopes, Map<ScopeDay, ReportDay> loaded,
                           Consumer<ReportDay> reset) {
        for (ScopeKey scope : scopes) {
            for (LocalDate day = range.get(0); !day.isAfter(range.get(1)); day = day.plusDays(1)) {
                ScopeDay scopeDay = new ScopeDay(scope, day);
                ReportDay reportDay = reportDay(scopeDay);
                reset.accept(reportDay);
                loaded.put(scopeDay, reportDay);
            }
        }
    }

    /** Holds what a run wrote once its transaction commits; a rollback forgets every report held instead. */
    synchronized void wroteHourly(HourlyReportRow row) {
        byte[] digest = digest(row.payload());
        stage(() -> reportDay(new ScopeDay(new ScopeKey(row.scope(), row.scopeId()),
                BeijingTime.dayOfHourEnding(row.hourEnd())))
                .hours.put(row.hourEnd(), new StoredReport(row.revision(), digest)));
    }

    synchronized void wroteDaily(DailyReportRow row, long valueRevision) {
        byte[] digest = digest(row.payload());
        stage(() -> {
            ReportDay reportDay = reportDay(new ScopeDay(new ScopeKey(row.scope(), row.scopeId()), row.day()));
            reportDay.daily = new StoredReport(row.revision(), digest);
            reportDay.dailyValueRevision = valueRevision;
        });
    }

    private void stage(Runnable change) {
        if (staged.isEmpty()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    completed(status == Status.STATUS_COMMITTED);
                }
            });
        }
        staged.add(change);
    }

    private synchronized void completed(boolean committed) {
        if (committed) {
            staged.forEach(Runnable::run);
        } else {
            reportDays.clear();
        }
        staged.clear();
    }

    /** The held entry of a scope-day, created (not loaded) when there is none; one that is written is kept current. */
    private ReportDay reportDay(ScopeDay key) {
        return reportDays.computeIfAbsent(key, k -> new ReportDay());
    }

    /** Scopes grouped by the span of days to read for them: one statement per scope and span. */
    private static Map<List<LocalDate>, List<ScopeKey>> rangesOf(Map<ScopeKey, Set<LocalDate>> missing) {
        Map<List<LocalDate>, List<ScopeKey>> byRange = new HashMap<>();
        missing.forEach((scope, dates) -> {
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            byRange.computeIfAbsent(List.of(first, last), r -> new ArrayList<>()).add(scope);
        });
        return byRange;
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
