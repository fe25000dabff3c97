package io.ecocity.waste.domain;

/** Whether a manifest transition is allowed; {@code reason} says why not (the service answers 409 with it). */
public record TransitionCheck(ManifestState from, ManifestState to, boolean legal, String reason) {

    static TransitionCheck allowed(ManifestState from, ManifestState to) {
        return new TransitionCheck(from, to, true, "");
    }

    static TransitionCheck refused(ManifestState from, ManifestState to, String reason) {
        return new TransitionCheck(from, to, false, reason);
    }
}
