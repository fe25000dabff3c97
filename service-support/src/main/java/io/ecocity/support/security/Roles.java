package io.ecocity.support.security;

import java.util.List;

/**
 * The roles a caller's token or API key carries (a JWT's {@code groups} claim, an API key's
 * {@code ecocity.security.api-keys.<client>.roles}). Each city system gets the roles of its job and nothing more.
 */
public final class Roles {

    /** Reads that the open-data policy does not make public. */
    public static final String READ = "read";
    /** Posts hourly air observations (station data loggers, the logger gateway, the provincial platform). */
    public static final String INGEST_AIR = "ingest:air";
    /** Posts water samples and treatment figures (section samplers, town offices). */
    public static final String INGEST_WATER = "ingest:water";
    /** Posts zero-waste indicator reports (town offices). */
    public static final String INGEST_WASTE = "ingest:waste";
    /** Opens and hands over hazardous-waste manifests as the producing enterprise. */
    public static final String MANIFEST_CONSIGNER = "manifest:consigner";
    /** Moves a manifest in transit as the carrier. */
    public static final String MANIFEST_CARRIER = "manifest:carrier";
    /** Receives a manifest at its facility. */
    public static final String MANIFEST_RECEIVER = "manifest:receiver";
    /** Acknowledges alerts (the duty office). */
    public static final String ALERTS_ACKNOWLEDGE = "alerts:acknowledge";
    /** Configures the city: stations, sections, facilities, targets, the catalogue, dead letters, devices. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(READ, INGEST_AIR, INGEST_WATER, INGEST_WASTE, MANIFEST_CONSIGNER,
            MANIFEST_CARRIER, MANIFEST_RECEIVER, ALERTS_ACKNOWLEDGE, ADMIN);

    private Roles() {
    }
}
