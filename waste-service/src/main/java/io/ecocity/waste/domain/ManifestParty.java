package io.ecocity.waste.domain;

/**
 * The parties of a transfer manifest, each of whom makes its own moves (see {@link ManifestStateMachine#partyOf}):
 * the consigner (移出人) fills it in, submits it and may cancel it before pickup; the carrier (承运人) confirms
 * pickup; the receiver (接受人) confirms receipt, records and decides a discrepancy, and closes the manifest.
 */
public enum ManifestParty {
    CONSIGNER,
    CARRIER,
    RECEIVER
}
