package io.ecocity.air.repository.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** What the statistics last published, and how far the safety-net scan has read. */
@ApplicationScoped
public class PublicationRepository {

    private final EntityManager entityManager;

    public PublicationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<PublishedStatisticsEntity> statistics(String scopeKey) {
        return Optional.ofNullable(entityManager.find(PublishedStatisticsEntity.class, scopeKey));
    }

    public Optional<PublishedTargetProgressEntity> targetProgress(int year, String scopeKey, String indicator) {
        return Optional.ofNullable(entityManager.find(PublishedTargetProgressEntity.class,
                new PublishedTargetProgressEntity.Key(year, scopeKey, indicator)));
    }

    public Optional<StatisticsScanEntity> scan(String name) {
        return Optional.ofNullable(entityManager.find(StatisticsScanEntity.class, name));
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }
}
