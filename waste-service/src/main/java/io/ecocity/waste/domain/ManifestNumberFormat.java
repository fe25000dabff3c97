package io.ecocity.waste.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted shape of a manifest number. Configurable because the national format is unverified [U];
 * the default is the 14 digits recalled in docs/standards/rules.md §5.2 (year 4 + province 2 + prefecture 2 + serial 6).
 */
public final class ManifestNumberFormat {

    public static final String DEFAULT_PATTERN = "\\d{14}";
    public static final String FIELD = "manifestNumber";

    private final Pattern pattern;

    public ManifestNumberFormat(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    public static ManifestNumberFormat defaults() {
        return new ManifestNumberFormat(DEFAULT_PATTERN);
    }

    public String pattern() {
        return pattern.pattern();
    }

    /** The whole number must match, not just a part of it. */
    public boolean isValid(String number) {
        return number != null && pattern.matcher(number).matches();
    }

    public Optional<FieldViolation> validate(String number) {
        return isValid(number)
                ? Optional.empty()
                : Optional.of(new FieldViolation(FIELD, "must match " + pattern.pattern() + ", was '" + number + "'"));
    }
}
