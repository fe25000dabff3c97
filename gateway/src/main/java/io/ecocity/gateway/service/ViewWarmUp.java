package io.ecocity.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers each city question once at start and writes the answers as JSON, so that compiling the queries and
 * building the JSON serializers is not paid by the first caller (whose first answer would otherwise take seconds).
 */
@ApplicationScoped
public class ViewWarmUp {

    private static final Logger LOG = Logger.getLogger(ViewWarmUp.class);

    private final CityOverviewService overview;
    private final TownService towns;
    private final ScorecardService scorecard;
    private final AnnualBulletinService bulletin;
    private final ObjectMapper json;

    public ViewWarmUp(CityOverviewService overview, TownService towns, ScorecardService scorecard,
            AnnualBulletinService bulletin, ObjectMapper json) {
        this.json = json;
        this.overview = overview;
        this.towns = towns;
        this.scorecard = scorecard;
        this.bulletin = bulletin;
    }

    void onStart(@Observes StartupEvent startup) {
        try {
            var city = overview.overview();
            json.writeValueAsBytes(city);
            json.writeValueAsBytes(towns.ranking(null));
            json.writeValueAsBytes(scorecard.scorecard(city.date().getYear()));
            json.writeValueAsBytes(bulletin.bulletin(city.date().getYear() - 1));
        } catch (RuntimeException | JsonProcessingException e) {
            // only a head start: a failure here shows again, and is answered, on the first real request
            LOG.warnf("warming the city view up failed: %s", e.getMessage());
        }
    }
}
