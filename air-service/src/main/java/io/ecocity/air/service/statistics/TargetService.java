package io.ecocity.air.service.statistics;

import io.ecocity.air.repository.statistics.AnnualTargetEntity;
import io.ecocity.air.repository.statistics.AnnualTargetRepository;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.DuplicateKeys;
import io.ecocity.support.problem.Revisions;
import io.ecocity.support.problem.StaleRevisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Sets and reads the annual targets of the city and towns; a change publishes the targets' progress at once. */
@ApplicationScoped
public class TargetService {

    /** What setting did: the stored targets and whether anything changed. */
    public record Saved(AnnualTargetEntity targets, boolean changed) {
    }

    private final AnnualTargetRepository targets;
    private final StatisticsPublisher publisher;
    private final PublicationLock publication;

    public TargetService(AnnualTargetRepository targets, StatisticsPublisher publisher, PublicationLock publication) {
        this.targets = targets;
        this.publisher = publisher;
        this.publication = publication;
    }

    /**
     * Sets a year's targets of the city or a town; setting the same values again is a no-op. The progress events of
     * the changed targets are written in the same transaction as the targets. The stored row is locked before it is
     * read, so concurrent writers queue (in this process and across instances) and each change counts in the revision;
     * with {@code expectedRevision} (If-Match) the change applies only to that revision, and 412 otherwise. Two
     * first settings of the same targets at the same moment on two instances: the second is refused by the key (409
     * naming the targets).
     */
    public Saved set(int year, StatisticsScope scope, TargetValues values, Long expectedRevision) {
        if (!scope.canHaveTargets()) {
            throw new IllegalArgumentException("targets are set for the city and towns, not for " + scope.kind());
        }
        String what = year + " targets of " + scope.key();
        return DuplicateKeys.create(() -> publication.inNewTransaction(() -> {
            Optional<AnnualTargetEntity> existing = targets.findForUpdate(year, scope.storedScope(),
                    scope.storedScopeId());
            if (existing.isEmpty() && expectedRevision != null) {
                throw new StaleRevisionException(what + " are not set yet, so no revision " + expectedRevision
                        + " (If-Match); set them without If-Match");
            }
            existing.ifPresent(current -> Revisions.check(expectedRevision, current.revision, what));
            if (existing.isPresent() && values.sameAs(existing.get())) {
                return new Saved(existing.get(), false);
            }
            AnnualTargetEntity entity = existing.orElseGet(() -> {
                AnnualTargetEntity created = new AnnualTargetEntity();
                created.year = year;
                created.scope = scope.storedScope();
                created.scopeId = scope.storedScopeId();
                created.revision = 0;
                return created;
            });
            entity.pm25Mean = values.pm25Mean();
            entity.goodDayRatio = values.goodDayRatio();
            entity.compositeIndex = values.compositeIndex();
            entity.o3P90 = values.o3P90();
            entity.heavyPollutionDays = values.heavyPollutionDays();
            entity.revision++;
            entity.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            if (existing.isEmpty()) {
                targets.persist(entity);
            }
            Revisions.flush(targets.getEntityManager(), what);
            publisher.publishTargetProgress(scope, year, BeijingTime.today());
            return new Saved(entity, true);
        }), what + " were set by another request at the same moment; read them again", () -> location(year, scope));
    }

    /** Where the targets of a year and scope are read. */
    public static URI location(int year, StatisticsScope scope) {
        return URI.create("/api/air/targets/" + year + (scope.storedScope().equals("CITY") ? "/city"
                : "/towns/" + URLEncoder.encode(scope.storedScopeId(), StandardCharsets.UTF_8).replace("+", "%20")));
    }

    @Transactional
    public Optional<AnnualTargetEntity> find(int year, StatisticsScope scope) {
        return targets.find(year, scope.storedScope(), scope.storedScopeId());
    }

    @Transactional
    public List<AnnualTargetEntity> ofYear(int year) {
        return targets.ofYear(year);
    }
}
