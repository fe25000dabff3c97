package io.ecocity.waste.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An 8-digit national hazardous-waste code {@code ddd-ddd-dd}: industry source, serial, and the HW
 * category number (900-041-49 belongs to HW49).
 */
public record HazardousWasteCode(String industrySource, String serial, int categoryNumber) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3})-(\\d{3})-(\\d{2})");

    /** The code parsed when it has the {@code ddd-ddd-dd} shape; whether its category exists is not checked here. */
    public static Optional<HazardousWasteCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HazardousWasteCode(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))));
    }

    /** The category this code belongs to, e.g. {@code HW49}. */
    public String category() {
        return HazardousWasteCodeRules.categoryName(categoryNumber);
    }

    @Override
    public String toString() {
        return industrySource + "-" + serial + "-" + String.format("%02d", categoryNumber);
    }
}
