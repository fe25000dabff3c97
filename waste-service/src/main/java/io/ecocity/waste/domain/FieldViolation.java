package io.ecocity.waste.domain;

import java.util.Objects;

/** One field-level validation failure, mapped by the REST layer into an RFC 9457 {@code errors} entry. */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field);
        Objects.requireNonNull(message);
    }
}
