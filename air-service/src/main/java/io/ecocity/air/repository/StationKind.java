package io.ecocity.air.repository;

/** Who runs a station: national (国控), provincial (省控) or a micro sensor (微站). */
public enum StationKind {
    NATIONAL, PROVINCIAL, MICRO
}
