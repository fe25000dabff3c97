package io.ecocity.waste.domain;

import java.util.Objects;

/**
 * One zero-waste indicator as data, exactly as it appears in the catalogue JSON.
 *
 * @param code         stable identifier, UPPER_SNAKE_CASE
 * @param formula      text in the {@link IndicatorFormula} language over {@link WasteQuantity} keys
 * @param unit         display unit; {@code %} for rates (the formula carries its {@code * 100})
 * @param scale        decimal places of the reported value (rounded once, at the end)
 * @param mandatory    the ★ (必选) flag of the national list, where known
 * @param verification how the definition is sourced; {@code UNVERIFIED} for the team's own definitions
 * @param source       where the definition comes from
 * @param note         why a choice was made where the source leaves it open; may be empty
 */
public record IndicatorDefinition(
        String code,
        String nameZh,
        String nameEn,
        String formula,
        String unit,
        int scale,
        IndicatorDirection direction,
        boolean mandatory,
        VerificationStatus verification,
        String source,
        String note) {

    public IndicatorDefinition {
        requireText(code, "code");
        requireText(nameZh, "nameZh");
        requireText(nameEn, "nameEn");
        requireText(formula, "formula");
        requireText(unit, "unit");
        Objects.requireNonNull(direction, "direction of " + code);
        Objects.requireNonNull(verification, "verification of " + code);
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale of " + code + " must be 0..10, was " + scale);
        }
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("indicator " + field + " must not be blank");
        }
    }
}
