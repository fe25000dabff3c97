package io.ecocity.waste.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueEntity, Long> {

    public Optional<CatalogueEntity> findCurrent() {
        return find("order by activation desc, id desc").firstResultOptional();
    }

    /** Only the id of the current catalogue: cheap enough to ask on every request. */
    public Optional<Long> currentId() {
        return getEntityManager()
                .createQuery("select c.id from CatalogueEntity c order by c.activation desc, c.id desc", Long.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Locks the current catalogue's row until the transaction ends: every write that computes city figures (reports,
     * targets, a catalogue change) takes it first, so they run one after the other and each one reads the rows the
     * one before committed, never a city figure without a town another writer stored at the same moment.
     */
    public void lockCityFigures() {
        currentId().ifPresent(id -> getEntityManager().find(CatalogueEntity.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<CatalogueEntity> findByVersion(String version) {
        return find("version", version).firstResultOptional();
    }

    public long nextActivation() {
        Long highest = getEntityManager().createQuery("select max(c.activation) from CatalogueEntity c", Long.class)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    public List<CatalogueEntity> allNewestFirst() {
        return list("order by activation desc, id desc");
    }
}
