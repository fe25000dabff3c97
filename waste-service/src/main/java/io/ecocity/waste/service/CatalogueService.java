package io.ecocity.waste.service;

import io.ecocity.support.problem.Revisions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.support.problem.ConflictException;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.config.WasteConfig;
import io.ecocity.waste.domain.IndicatorCalculator;
import io.ecocity.waste.domain.IndicatorCatalogue;
import io.ecocity.waste.repository.CatalogueEntity;
import io.ecocity.waste.repository.CatalogueRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Which indicator catalogue is in force. The service ships one as a resource and installs it on first start; an
 * administrator may replace it through the API, after which the stored one rules (also across restarts and on
 * every instance, since the current catalogue is read from the database). Replacing it recomputes and announces
 * every stored indicator value and target progress in the same transaction. A new release shipping a new catalogue
 * version replaces the shipped one at start, but never one an administrator installed.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    /** {@code installedBy} of a catalogue installed from the service's own resource. */
    static final String SHIPPED = "shipped resource " + IndicatorCatalogue.DEFAULT_RESOURCE;

    private final CatalogueRepository catalogues;
    private final ObjectMapper json;
    private final WasteConfig config;
    private final IndicatorPublisher indicatorPublisher;
    private final TargetProgressService targetProgress;
    private volatile ActiveCatalogue cached;

    public CatalogueService(CatalogueRepository catalogues, ObjectMapper json, WasteConfig config,
            IndicatorPublisher indicatorPublisher, TargetProgressService targetProgress) {
        this.catalogues = catalogues;
        this.json = json;
        this.config = config;
        this.indicatorPublisher = indicatorPublisher;
        this.targetProgress = targetProgress;
    }

    /** What installing or re-activating a catalogue did. */
    public enum Change { INSTALLED, REACTIVATED, UNCHANGED }

    public record Replacement(ActiveCatalogue catalogue, Change change, int indicatorEvents, int targetEvents) {
    }

    void installShippedCatalogue(@Observes StartupEvent startup) {
        IndicatorCatalogue shipped = readShipped();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CatalogueEntity current = catalogues.findCurrent().orElse(null);
                boolean upgrade = current != null && SHIPPED.equals(current.installedBy)
                        && catalogues.findByVersion(shipped.version()).isEmpty();
                if (current == null || upgrade) {
                    install(shipped, SHIPPED);
                    LOG.infof("installed the shipped indicator catalogue %s", shipped.version());
                }
                if (upgrade) {
                    catalogues.flush();
                    ActiveCatalogue active = current();
                    indicatorPublisher.republishAll(active);
                    targetProgress.publishAll(active);
                }
            });
        } catch (RuntimeException e) {
            // Another instance installing it at the same moment wins the unique version; its copy is the same.
            LOG.warnf("shipped catalogue not installed (%s); using the stored one", e.getMessage());
        }
    }

    /** The catalogue in force; reloaded only when another one was activated since the last call. */
    @Transactional
    public ActiveCatalogue current() {
        long id = catalogues.currentId().orElseThrow(() -> new IllegalStateException("no indicator catalogue installed"));
        ActiveCatalogue known = cached;
        if (known != null && known.id() == id) {
            return known;
        }
        ActiveCatalogue loaded = toActive(catalogues.findById(id));
        cached = loaded;
        return loaded;
    }

    /** Serialises the writes that compute city figures (see {@link CatalogueRepository#lockCityFigures()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCityFigures() {
        catalogues.lockCityFigures();
    }

    @Transactional
    public List<CatalogueEntity> history() {
        return catalogues.allNewestFirst();
    }

    /**
     * Installs {@code document} as the catalogue in force. The same version with the same definitions again is a
     * safe retry, or switches back to that earlier version; the same version with other definitions is a conflict.
     */
    @Transactional
    public Replacement replace(CatalogueDocument document, String actor) {
        CatalogueReader.Result read = CatalogueReader.read(document);
        if (!read.isValid()) {
            throw new InvalidInputException("the catalogue breaks " + read.errors().size()
                    + " rule(s); the catalogue in force is unchanged", read.errors());
        }
        IndicatorCatalogue catalogue = read.catalogue();
        catalogues.lockCityFigures();
        CatalogueEntity existing = catalogues.findByVersion(catalogue.version()).orElse(null);
        Change change;
        if (existing == null) {
            install(catalogue, actor);
            change = Change.INSTALLED;
        } else if (!parse(existing).equals(catalogue)) {
            throw new ConflictException("catalogue version " + catalogue.version()
                    + " is already installed with other definitions; give the new definitions a new version");
        } else if (catalogues.currentId().orElse(-1L).equals(existing.id)) {
            return new Replacement(current(), Change.UNCHANGED, 0, 0);
        } else {
            existing.activation = catalogues.nextActivation();
            existing.activatedAt = now();
            change = Change.REACTIVATED;
        }
        Revisions.flush(catalogues.getEntityManager(), "the indicator catalogue");
        ActiveCatalogue active = current();
        int indicatorEvents = indicatorPublisher.republishAll(active);
        int targetEvents = targetProgress.publishAll(active);
        LOG.infof("indicator catalogue %s %s by %s: %d indicator and %d target events", active.version(),
                change.name().toLowerCase(), actor, indicatorEvents, targetEvents);
        return new Replacement(active, change, indicatorEvents, targetEvents);
    }

    private void install(IndicatorCatalogue catalogue, String actor) {
        CatalogueEntity entity = new CatalogueEntity();
        entity.version = catalogue.version();
        entity.content = write(CatalogueDocument.of(catalogue));
        entity.activation = catalogues.nextActivation();
        entity.installedAt = now();
        entity.activatedAt = entity.installedAt;
        entity.installedBy = actor;
        catalogues.persist(entity);
    }

    private ActiveCatalogue toActive(CatalogueEntity entity) {
        IndicatorCalculator calculator = new IndicatorCalculator(parse(entity), config.catalogue().rounding());
        return new ActiveCatalogue(entity.id, calculator, entity.activatedAt, entity.installedBy);
    }

    private IndicatorCatalogue parse(CatalogueEntity entity) {
        try {
            return checked(json.readValue(entity.content, CatalogueDocument.class), "stored catalogue " + entity.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue " + entity.version + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The catalogue shipped in the service's resources; a bad file stops the start rather than computing wrong rates. */
    IndicatorCatalogue readShipped() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(IndicatorCatalogue.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + IndicatorCatalogue.DEFAULT_RESOURCE);
            }
            return checked(json.readValue(in, CatalogueDocument.class), IndicatorCatalogue.DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue resource unreadable: " + IndicatorCatalogue.DEFAULT_RESOURCE, e);
        }
    }

    private static IndicatorCatalogue checked(CatalogueDocument document, String what) {
        CatalogueReader.Result read = CatalogueReader.read(document);
        if (!read.isValid()) {
            throw new IllegalStateException(what + " is invalid: " + read.errors());
        }
        return read.catalogue();
    }

    private String write(CatalogueDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue cannot be written as JSON", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
