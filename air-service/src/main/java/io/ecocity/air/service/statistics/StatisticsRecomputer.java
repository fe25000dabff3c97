package io.ecocity.air.service.statistics;

import io.ecocity.air.config.statistics.AirStatisticsConfig;
import io.ecocity.air.repository.statistics.DailyValueReadRepository;
import io.ecocity.air.repository.statistics.DailyValueReadRepository.ChangedScope;
import io.ecocity.air.repository.statistics.DailyValueReadRepository.ScopeRef;
import io.ecocity.air.repository.statistics.PublicationRepository;
import io.ecocity.air.repository.statistics.StatisticsScanEntity;
import io.ecocity.air.service.DailyValuesChanged;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Recomputes statistics and target progress after daily values changed, off the writer's thread and debounced:
 * the first change after a quiet spell schedules one recomputation {@code debounce} later, and every change until
 * it runs joins it, so a burst (a day of 50 stations, a month re-imported) recomputes each scope once. A change
 * in a year also recomputes the next year's targets, whose projection uses it as "last year".
 *
 * <p>The changes are held in memory between the commit and the recomputation; a periodic scan of the table by
 * update time (and one at start) recomputes whatever a crash in between left out. Recomputing unchanged data
 * publishes nothing.
 */
@ApplicationScoped
public class StatisticsRecomputer {

    private static final Logger LOG = Logger.getLogger(StatisticsRecomputer.class);
    private static final String SCAN = "daily-values";
    /** Writers stamp rows before they commit; rescanning this much of the past catches late commits. */
    private static final Duration SCAN_OVERLAP = Duration.ofMinutes(5);

    private final DailyValueReadRepository dailyValues;
    private final PublicationRepository publications;
    private final StatisticsPublisher publisher;
    private final StatisticsService statisticsService;
    private final PublicationLock publication;
    private final AirStatisticsConfig config;

    private final Object pendingLock = new Object();
    private Map<String, Set<Integer>> pendingYearsByScopeId = new HashMap<>();
    private boolean flushScheduled;
    private final AtomicLong completedRuns = new AtomicLong();
    private volatile ScheduledExecutorService executor;

    public StatisticsRecomputer(DailyValueReadRepository dailyValues, PublicationRepository publications,
                                StatisticsPublisher publisher, PublicationLock publication, AirStatisticsConfig config,
                                StatisticsService statisticsService) {
        this.statisticsService = statisticsService;
        this.dailyValues = dailyValues;
        this.publications = publications;
        this.publisher = publisher;
        this.publication = publication;
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "air-statistics");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, config.reconcileInterval().toMillis());
        executor.scheduleWithFixedDelay(this::scanSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
    }

    /** After the writer committed: note what changed; the recomputation follows on the statistics thread. */
    void onDailyValuesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DailyValuesChanged change) {
        Set<Integer> years = new HashSet<>();
        change.days().forEach(day -> years.add(day.getYear()));
        if (years.isEmpty() || change.scopeIds().isEmpty()) {
            return;
        }
        schedule(change.scopeIds(), years);
    }

    /** How many debounced recomputations have finished; for operators and tests. */
    public long completedRuns() {
        return completedRuns.get();
    }

    private void schedule(Set<String> scopeIds, Set<Integer> years) {
        synchronized (pendingLock) {
            for (String scopeId : scopeIds) {
                pendingYearsByScopeId.computeIfAbsent(scopeId, k -> new TreeSet<>()).addAll(years);
            }
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
        }
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        running.schedule(this::flushSafely, config.debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flushSafely() {
        Map<String, Set<Integer>> batch;
        synchronized (pendingLock) {
            batch = pendingYearsByScopeId;
            pendingYearsByScopeId = new HashMap<>();
            flushScheduled = false;
        }
        try {
            recompute(batch);
        } catch (RuntimeException e) {
            // the next scan picks the changes up again from the table
            LOG.errorf(e, "recomputing air statistics for %d scopes failed", batch.size());
        } finally {
            completedRuns.incrementAndGet();
        }
    }

    private void recompute(Map<String, Set<Integer>> yearsByScopeId) {
        if (yearsByScopeId.isEmpty()) {
            return;
        }
        List<ScopeRef> scopes = QuarkusTransaction.requiringNew().call(() -> dailyValues.scopesAmong(yearsByScopeId.keySet()));
        LocalDate today = BeijingTime.today();
        int statistics = 0;
        int targets = 0;
        for (ScopeRef ref : scopes) {
            StatisticsScope scope = StatisticsScope.ofStored(ref.scope(), ref.scopeId()).orElse(null);
            if (scope == null) {
                continue;
            }
            Set<Integer> targetYears = new TreeSet<>();
            for (int year : yearsByScopeId.get(ref.scopeId())) {
                targetYears.add(year);
                targetYears.add(year + 1);
            }
            Set<Integer> changedYears = yearsByScopeId.get(ref.scopeId());
            int[] counts = publication.inNewTransaction(() -> {
                int stats = publisher.publishStatistics(scope, today) ? 1 : 0;
                // the year's ranking figures, so that a ranking reads them instead of assessing every scope
                for (int year : changedYears) {
                    statisticsService.publishRankingFigures(scope, year);
                }
                int progress = 0;
                for (int year : targetYears) {
                    progress += publisher.publishTargetProgress(scope, year, today);
                }
                return new int[] {stats, progress};
            });
            statistics += counts[0];
            targets += counts[1];
        }
        LOG.debugf("recomputed %d air statistics scopes: %d statistics and %d target events", scopes.size(), statistics,
                targets);
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.errorf(e, "scanning air daily values for changes failed; trying again in %s", config.reconcileInterval());
        }
    }

    /** Recomputes every scope whose rows changed since the last scan (less an overlap for late commits). */
    private void scan() {
        Instant startedAt = Instant.now();
        Instant since = QuarkusTransaction.requiringNew().call(() -> publications.scan(SCAN)
                .map(s -> s.scannedUpTo.minus(SCAN_OVERLAP)).orElse(Instant.EPOCH));
        List<ChangedScope> changed = QuarkusTransaction.requiringNew().call(() -> dailyValues.changedSince(since));
        Map<String, Set<Integer>> yearsByScopeId = new HashMap<>();
        for (ChangedScope c : changed) {
            Set<Integer> years = yearsByScopeId.computeIfAbsent(c.scope().scopeId(), k -> new TreeSet<>());
            for (int year = c.firstDay().getYear(); year <= c.lastDay().getYear(); year++) {
                years.add(year);
            }
        }
        recompute(yearsByScopeId);
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<StatisticsScanEntity> mark = publications.scan(SCAN);
            if (mark.isPresent()) {
                mark.get().scannedUpTo = startedAt;
            } else {
                StatisticsScanEntity created = new StatisticsScanEntity();
                created.name = SCAN;
                created.scannedUpTo = startedAt;
                publications.persist(created);
            }
        });
    }
}
