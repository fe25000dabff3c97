package io.ecocity.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "ecocity.gateway")
public interface GatewayConfig {

    Cadence cadence();

    Services services();

    Routing routing();

    Probe probe();

    Targets targets();

    Waste waste();

    Stream stream();

    Overview overview();

    /** How long each domain may stay silent before the city view marks it stale. */
    interface Cadence {
        /** Hourly observations: two missed hours. */
        @WithDefault("PT2H")
        Duration air();

        /** Automatic stations report every 4 hours, manual samples monthly. */
        @WithDefault("PT12H")
        Duration water();

        /** Monthly reports; manifests move daily. */
        @WithDefault("P3D")
        Duration waste();

        default Duration of(String domain) {
            return switch (domain) {
                case "air" -> air();
                case "water" -> water();
                default -> waste();
            };
        }
    }

    /** Base URLs of the domain services the gateway routes {@code /api/<domain>/**} to. */
    interface Services {
        @WithDefault("http://localhost:8081")
        URI air();

        @WithDefault("http://localhost:8082")
        URI water();

        @WithDefault("http://localhost:8083")
        URI waste();

        default URI of(String domain) {
            return switch (domain) {
                case "air" -> air();
                case "water" -> water();
                case "waste" -> waste();
                default -> throw new IllegalArgumentException("no service for domain " + domain);
            };
        }
    }

    /** Timeouts, retries and the circuit breaker of the routed calls; the same for every domain service. */
    interface Routing {
        @WithDefault("PT1S")
        Duration connectTimeout();

        /** Per attempt, from sending the request to the whole answer. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** Further attempts of an idempotent read (GET, HEAD, OPTIONS) that failed for want of an answer. */
        @WithDefault("2")
        int readRetries();

        /** Pause before the first retry, doubled before each further one. */
        @WithDefault("PT0.2S")
        Duration retryBackoff();

        CircuitBreakerSettings circuitBreaker();

        interface CircuitBreakerSettings {
            /** Consecutive failed attempts (no answer, or 5xx) that open the circuit. */
            @WithDefault("5")
            int failureThreshold();

            /** How long an open circuit refuses calls before it lets one trial call through. */
            @WithDefault("PT15S")
            Duration openFor();
        }
    }

    /** The background check of whether each service answers at all, shown in the city view's freshness. */
    interface Probe {
        @WithDefault("PT15S")
        Duration interval();

        @WithDefault("PT2S")
        Duration timeout();

        /** Liveness, not readiness: the question is whether the process answers, not whether it is busy. */
        @WithDefault("/q/health/live")
        String path();
    }

    /**
     * Which target indicators (of the {@code *.targets} events) stand for the overview's headline figures. Lists,
     * because the services' indicator names are theirs to choose: the first one present is shown.
     */
    interface Targets {
        @WithDefault("COMPOSITE_INDEX")
        List<String> airCompositeIndex();

        @WithDefault("PM25_MEAN,PM25_ANNUAL_MEAN")
        List<String> airPm25();

        @WithDefault("GOOD_DAY_RATIO")
        List<String> airGoodDayRatio();

        @WithDefault("WATER_GOOD_SHARE")
        List<String> waterGoodShare();
    }

    interface Waste {
        /**
         * The zero-waste indicators the overview and the bulletin show, by code. The bureau's headline set is not
         * fixed by any standard found (docs/standards/rules.md §5 is secondary or unverified), so it is configuration.
         */
        @WithDefault("INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE,HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE,"
                + "HOUSEHOLD_WASTE_RECYCLING_RATE,CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE,"
                + "HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE")
        List<String> headlineIndicators();

        /** Manifest states counted as open: shipped or under way, not yet closed, cancelled or rejected. */
        @WithDefault("SUBMITTED,IN_TRANSIT,DISCREPANCY,RECEIVED")
        List<String> openManifestStates();
    }

    interface Stream {
        /** A comment-free heartbeat event, so that proxies keep an idle stream open and clients notice a dead one. */
        @WithDefault("PT15S")
        Duration heartbeat();
    }

    interface Overview {
        /**
         * How often, at most, the gateway assembles {@code /api/city/overview} anew while the view keeps changing: a
         * change of the view marks the overview out of date, and the next reader after this age assembles a new
         * one, so a change shows within this age and sustained ingest costs one assembly per age, not one per
         * commit. An unchanged view keeps its overview (each answer judges the domains' freshness anew). The age is
         * counted per piece of the overview (the air, water and waste figures, the alert counts): a change assembles
         * again only the pieces whose part of the view changed. A quarter of a second: at most four assemblies of
         * each piece a second, and a change shows well within the end-to-end goal.
         */
        @WithDefault("PT0.25S")
        Duration maxAge();
    }
}
