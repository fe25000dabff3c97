package io.ecocity.waste.service;

import io.ecocity.support.problem.FieldError;
import io.ecocity.waste.domain.FormulaSyntaxException;
import io.ecocity.waste.domain.IndicatorCalculator;
import io.ecocity.waste.domain.IndicatorCatalogue;
import io.ecocity.waste.domain.IndicatorDefinition;
import io.ecocity.waste.domain.IndicatorDirection;
import io.ecocity.waste.domain.IndicatorFormula;
import io.ecocity.waste.domain.VerificationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link CatalogueDocument} into a domain catalogue, or lists everything wrong with it: each error names
 * the indicator by its index and the field, so an administrator fixes a file in one round.
 */
public final class CatalogueReader {

    static final int MAX_INDICATORS = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Either the catalogue or the errors, never both. */
    public record Result(IndicatorCatalogue catalogue, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private CatalogueReader() {
    }

    public static Result read(CatalogueDocument document) {
        List<FieldError> errors = new ArrayList<>();
        if (document == null) {
            return new Result(null, List.of(FieldError.of("version", "the body must be a catalogue")));
        }
        if (document.version() == null || !VERSION.matcher(document.version()).matches()) {
            errors.add(FieldError.of("version", "required: letters, digits, '.', '_', '-', at most 100, was '" + document.version() + "'"));
        }
        List<CatalogueDocument.Entry> entries = document.indicators();
        if (entries == null || entries.isEmpty()) {
            errors.add(FieldError.of("indicators", "a catalogue holds at least one indicator"));
            return new Result(null, errors);
        }
        if (entries.size() > MAX_INDICATORS) {
            errors.add(FieldError.of("indicators", "at most " + MAX_INDICATORS + " indicators, was " + entries.size()));
            return new Result(null, errors);
        }
        List<IndicatorDefinition> definitions = new ArrayList<>();
        Map<String, Integer> firstIndexOfCode = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogueDocument.Entry entry = entries.get(i);
            if (entry == null) {
                errors.add(FieldError.at(i, "indicator", "must be an object, was null"));
                continue;
            }
            int before = errors.size();
            checkEntry(i, entry, errors);
            if (entry.code() != null) {
                Integer first = firstIndexOfCode.putIfAbsent(entry.code(), i);
                if (first != null) {
                    errors.add(FieldError.at(i, "code", "duplicate code " + entry.code() + ", already at index " + first));
                }
            }
            if (errors.size() == before) {
                definitions.add(new IndicatorDefinition(entry.code(), entry.nameZh().trim(), entry.nameEn().trim(),
                        entry.formula().trim(), entry.unit().trim(), entry.scale(), IndicatorDirection.valueOf(entry.direction()),
                        entry.mandatory(), VerificationStatus.valueOf(entry.verification()), entry.source(), entry.note()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new IndicatorCatalogue(document.version(), definitions), List.of());
    }

    private static void checkEntry(int i, CatalogueDocument.Entry entry, List<FieldError> errors) {
        if (entry.code() == null || !CODE.matcher(entry.code()).matches()) {
            errors.add(FieldError.at(i, "code", "required, UPPER_SNAKE_CASE of at most 64, was '" + entry.code() + "'"));
        }
        requireText(i, "nameZh", entry.nameZh(), 200, errors);
        requireText(i, "nameEn", entry.nameEn(), 200, errors);
        requireText(i, "unit", entry.unit(), 20, errors);
        if (requireText(i, "formula", entry.formula(), 2_000, errors)) {
            checkFormula(i, entry.formula(), errors);
        }
        if (entry.scale() == null || entry.scale() < 0 || entry.scale() > 10) {
            errors.add(FieldError.at(i, "scale", "required, 0 to 10 decimal places, was " + entry.scale()));
        }
        requireName(i, "direction", entry.direction(), IndicatorDirection.values(), errors);
        if (entry.mandatory() == null) {
            errors.add(FieldError.at(i, "mandatory", "required: true for a ★ (必选) indicator, else false"));
        }
        requireName(i, "verification", entry.verification(), VerificationStatus.values(), errors);
        if (entry.source() != null && entry.source().length() > 1_000) {
            errors.add(FieldError.at(i, "source", "at most 1000 characters"));
        }
        if (entry.note() != null && entry.note().length() > 2_000) {
            errors.add(FieldError.at(i, "note", "at most 2000 characters"));
        }
    }

    private static void checkFormula(int i, String text, List<FieldError> errors) {
        try {
            Set<String> unknown = IndicatorCalculator.unknownQuantities(IndicatorFormula.parse(text.trim()));
            if (!unknown.isEmpty()) {
                errors.add(FieldError.at(i, "formula", "reads unknown quantities " + unknown
                        + "; the quantities are listed by GET /api/waste/quantities"));
            }
        } catch (FormulaSyntaxException e) {
            errors.add(FieldError.at(i, "formula", e.getMessage()));
        }
    }

    private static boolean requireText(int i, String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.at(i, field, "required"));
            return false;
        }
        if (value.length() > maxLength) {
            errors.add(FieldError.at(i, field, "at most " + maxLength + " characters"));
            return false;
        }
        return true;
    }

    private static void requireName(int i, String field, String value, Enum<?>[] allowed, List<FieldError> errors) {
        if (value == null || Arrays.stream(allowed).noneMatch(constant -> constant.name().equals(value))) {
            errors.add(FieldError.at(i, field, "must be one of " + Arrays.toString(allowed) + ", was '" + value + "'"));
        }
    }
}
