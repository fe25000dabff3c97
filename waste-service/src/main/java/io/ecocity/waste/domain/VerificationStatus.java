package io.ecocity.waste.domain;

/** How well a definition is sourced, after the [P]/[S]/[U] marks of docs/standards/rules.md. */
public enum VerificationStatus {
    PRIMARY,
    SECONDARY,
    UNVERIFIED
}
