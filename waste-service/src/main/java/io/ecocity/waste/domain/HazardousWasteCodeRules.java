package io.ecocity.waste.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Validates a hazardous-waste category ({@code HW01}–{@code HW50}), an 8-digit code and that the two agree.
 *
 * <p>Which category numbers exist is configurable: docs/standards/rules.md does not list them [U]. The default follows
 * the team's reading of the 2021 national list (国家危险废物名录): HW01–HW40 and HW45–HW50, HW41–HW44 having
 * been withdrawn in the 2016 edition. Confirm against the official list.
 */
public final class HazardousWasteCodeRules {

    public static final String CATEGORY_FIELD = "wasteCategory";
    public static final String CODE_FIELD = "wasteCode";

    /** The default set of existing category numbers [U]. */
    public static final Set<Integer> DEFAULT_CATEGORY_NUMBERS = Collections.unmodifiableSet(new TreeSet<>(
            IntStream.concat(IntStream.rangeClosed(1, 40), IntStream.rangeClosed(45, 50)).boxed().toList()));

    private static final Pattern CATEGORY_FORMAT = Pattern.compile("HW(\\d{2})");

    private final Set<Integer> categoryNumbers;

    public HazardousWasteCodeRules(Set<Integer> categoryNumbers) {
        for (int number : categoryNumbers) {
            if (number < 1 || number > 99) {
                throw new IllegalArgumentException("a category number has two digits, 01..99; was " + number);
            }
        }
        this.categoryNumbers = Collections.unmodifiableSet(new TreeSet<>(categoryNumbers));
    }

    public static HazardousWasteCodeRules defaults() {
        return new HazardousWasteCodeRules(DEFAULT_CATEGORY_NUMBERS);
    }

    /**
     * Category numbers from configuration entries, each one category ({@code HW49}) or an inclusive range
     * ({@code HW01-HW40}).
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static Set<Integer> parseCategoryRanges(List<String> entries) {
        Set<Integer> numbers = new TreeSet<>();
        for (String entry : entries) {
            String[] ends = entry.trim().split("\\s*-\\s*", -1);
            Optional<Integer> first = parseCategory(ends[0]);
            Optional<Integer> last = ends.length == 2 ? parseCategory(ends[1]) : first;
            if (ends.length > 2 || first.isEmpty() || last.isEmpty() || last.get() < first.get()) {
                throw new IllegalArgumentException("'" + entry + "' is neither a category like HW49 nor a range like HW01-HW40");
            }
            IntStream.rangeClosed(first.get(), last.get()).forEach(numbers::add);
        }
        return numbers;
    }

    public Set<Integer> categoryNumbers() {
        return categoryNumbers;
    }

    static String categoryName(int number) {
        return String.format("HW%02d", number);
    }

    /** The category number of {@code HWnn} when it has that shape, whether or not the category exists. */
    public static Optional<Integer> parseCategory(String category) {
        if (category == null) {
            return Optional.empty();
        }
        Matcher matcher = CATEGORY_FORMAT.matcher(category);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    public boolean isKnownCategory(String category) {
        return parseCategory(category).filter(categoryNumbers::contains).isPresent();
    }

    public boolean isValidCode(String code) {
        return HazardousWasteCode.parse(code).filter(parsed -> categoryNumbers.contains(parsed.categoryNumber())).isPresent();
    }

    /**
     * Violations of the category, of the code, and of their agreement (the code's last two digits are the
     * category number). Either argument may be null when the request does not carry it; a null is not a
     * violation here, because whether the field is required is the caller's rule.
     */
    public List<FieldViolation> validate(String category, String code) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Integer> categoryNumber = Optional.empty();
        if (category != null) {
            categoryNumber = parseCategory(category);
            if (categoryNumber.isEmpty()) {
                violations.add(new FieldViolation(CATEGORY_FIELD, "must look like HW01 (HW and two digits), was '" + category + "'"));
            } else if (!categoryNumbers.contains(categoryNumber.get())) {
                violations.add(new FieldViolation(CATEGORY_FIELD, category + " is not a category of the national list"));
                categoryNumber = Optional.empty();
            }
        }
        if (code != null) {
            Optional<HazardousWasteCode> parsed = HazardousWasteCode.parse(code);
            if (parsed.isEmpty()) {
                violations.add(new FieldViolation(CODE_FIELD, "must have the form ddd-ddd-dd (e.g. 900-041-49), was '" + code + "'"));
            } else if (!categoryNumbers.contains(parsed.get().categoryNumber())) {
                violations.add(new FieldViolation(CODE_FIELD, code + " ends in " + String.format("%02d", parsed.get().categoryNumber())
                        + ", which is not a category of the national list"));
            } else if (categoryNumber.isPresent() && !categoryNumber.get().equals(parsed.get().categoryNumber())) {
                violations.add(new FieldViolation(CODE_FIELD, code + " belongs to " + parsed.get().category()
                        + ", not to " + category));
            }
        }
        return violations;
    }
}
