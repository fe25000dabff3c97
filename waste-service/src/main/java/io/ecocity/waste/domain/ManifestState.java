package io.ecocity.waste.domain;

/**
 * States of a hazardous-waste transfer manifest (危险废物转移联单). The names are the design of docs/standards/rules.md §5.2,
 * not official codes of the national solid-waste system [U].
 */
public enum ManifestState {
    /** 移出人填写. */
    DRAFT,
    /** 运行中: submitted by the consigner, waiting for the carrier. */
    SUBMITTED,
    /** The carrier has confirmed pickup. */
    IN_TRANSIT,
    /** The receiver found the quantity (or character) off the manifest and must decide. */
    DISCREPANCY,
    /** 接受人确认接收. */
    RECEIVED,
    CLOSED,
    /** 作废, only before pickup. */
    CANCELLED,
    /** 退回 after a discrepancy. */
    REJECTED;

    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED || this == REJECTED;
    }
}
