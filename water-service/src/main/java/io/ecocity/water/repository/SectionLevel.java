package io.ecocity.water.repository;

/** Who assesses a section: 国考, 省考 or 市考. */
public enum SectionLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL
}
