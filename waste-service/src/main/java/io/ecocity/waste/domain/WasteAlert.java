package io.ecocity.waste.domain;

/** An alert about a manifest ({@code subject} = manifest number) or a facility ({@code subject} = facility id). */
public record WasteAlert(AlertType type, String subject, String message) {
}
