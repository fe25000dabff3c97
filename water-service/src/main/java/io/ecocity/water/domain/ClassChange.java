package io.ecocity.water.domain;

import java.util.Objects;

/** A section's class now against the same period of the previous year. */
public record ClassChange(WaterClass previous, WaterClass current) {

    public ClassChange {
        Objects.requireNonNull(previous);
        Objects.requireNonNull(current);
    }

    public ChangeDirection direction() {
        if (current.isBetterThan(previous)) {
            return ChangeDirection.IMPROVED;
        }
        return current.isWorseThan(previous) ? ChangeDirection.WORSENED : ChangeDirection.UNCHANGED;
    }

    /** "IV → III, improved". */
    public String describe() {
        return previous.label() + " → " + current.label() + ", " + direction().english();
    }
}
