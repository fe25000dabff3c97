package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Tonnes a facility confirmed on receipt of one manifest, by HW category and Beijing receipt day. */
public record ReceivedShipment(String manifestNumber, String category, BigDecimal receivedTonnes, LocalDate receivedDay) {
}
