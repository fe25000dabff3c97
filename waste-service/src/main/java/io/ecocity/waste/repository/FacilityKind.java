package io.ecocity.waste.repository;

/** What a licensed facility does with hazardous waste (利用 / 处置 / both). */
public enum FacilityKind {
    UTILISATION,
    DISPOSAL,
    UTILISATION_AND_DISPOSAL
}
