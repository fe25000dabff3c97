package io.ecocity.waste.service;

import io.ecocity.support.api.BeijingTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** What must happen as time passes, without any request: overdue receipts, and the daily target progress. */
@ApplicationScoped
public class ScheduledChecks {

    private static final Logger LOG = Logger.getLogger(ScheduledChecks.class);

    private final ManifestService manifests;
    private final TargetProgressService targetProgress;
    private final CatalogueService catalogues;

    public ScheduledChecks(ManifestService manifests, TargetProgressService targetProgress, CatalogueService catalogues) {
        this.manifests = manifests;
        this.targetProgress = targetProgress;
        this.catalogues = catalogues;
    }

    @Scheduled(identity = "manifest-overdue-scan", every = "${ecocity.waste.manifest.overdue-scan-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flagOverdueReceipts() {
        int found = manifests.flagOverdueReceipts(BeijingTime.today());
        if (found > 0) {
            LOG.infof("%d manifest(s) found overdue for receipt", found);
        }
    }

    @Scheduled(identity = "daily-target-progress", cron = "${ecocity.waste.targets.daily-publication-cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishTargetProgress() {
        int events = targetProgress.publishCurrentYear(catalogues.current());
        LOG.infof("published the progress of %d target(s) of the current year", events);
    }
}
