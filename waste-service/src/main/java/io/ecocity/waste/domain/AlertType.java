package io.ecocity.waste.domain;

public enum AlertType {
    RECEIPT_OVERDUE,
    QUANTITY_DISCREPANCY,
    CAPACITY_NEAR_LIMIT,
    NO_PERMITTED_CAPACITY
}
