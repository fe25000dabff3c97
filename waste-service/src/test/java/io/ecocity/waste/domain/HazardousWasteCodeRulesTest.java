package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Category, code and manifest-number validation; nothing stubbed. */
class HazardousWasteCodeRulesTest {

    private final HazardousWasteCodeRules rules = HazardousWasteCodeRules.defaults();

    @Test
    void codeIsParsedIntoItsParts() {
        HazardousWasteCode code = HazardousWasteCode.parse("900-041-49").orElseThrow();
        assertEquals("900", code.industrySource());
        assertEquals("041", code.serial());
        assertEquals(49, code.categoryNumber());
        assertEquals("HW49", code.category());
        assertEquals("900-041-49", code.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"900041-49", "900-041-4", "900-0411-49", "90a-041-49", " 900-041-49", "900-041-49 ", "900_041_49", ""})
    void malformedCodesDoNotParse(String text) {
        assertTrue(HazardousWasteCode.parse(text).isEmpty());
        List<FieldViolation> violations = rules.validate(null, text);
        assertEquals(1, violations.size());
        assertEquals(HazardousWasteCodeRules.CODE_FIELD, violations.get(0).field());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "HW49, 900-041-49",
            "HW08, 900-249-08",
            "HW01, 841-001-01",
            "HW50, 772-007-50",
            "HW40, 261-072-40",
            "HW45, 261-084-45",
    })
    void consistentCategoryAndCodeAreAccepted(String category, String code) {
        assertEquals(List.of(), rules.validate(category, code));
        assertTrue(rules.isKnownCategory(category));
        assertTrue(rules.isValidCode(code));
    }

    @Test
    void codeOfAnotherCategoryIsRefusedOnTheCode() {
        List<FieldViolation> violations = rules.validate("HW08", "900-041-49");
        assertEquals(1, violations.size());
        assertEquals(HazardousWasteCodeRules.CODE_FIELD, violations.get(0).field());
        assertTrue(violations.get(0).message().contains("HW49") && violations.get(0).message().contains("HW08"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HW00", "HW41", "HW42", "HW43", "HW44", "HW51", "HW99"})
    void categoriesOutsideTheListAreRefused(String category) {
        assertFalse(rules.isKnownCategory(category));
        List<FieldViolation> violations = rules.validate(category, null);
        assertEquals(List.of(HazardousWasteCodeRules.CATEGORY_FIELD), violations.stream().map(FieldViolation::field).toList());
        String code = "900-000-" + category.substring(2);
        assertFalse(rules.isValidCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hw08", "HW8", "HW008", "H W08", "08"})
    void malformedCategoriesAreRefused(String category) {
        assertTrue(HazardousWasteCodeRules.parseCategory(category).isEmpty());
        assertEquals(1, rules.validate(category, null).size());
    }

    @Test
    void defaultListHasFortySixCategories() {
        assertEquals(46, rules.categoryNumbers().size());
        assertTrue(rules.isKnownCategory("HW01") && rules.isKnownCategory("HW40") && rules.isKnownCategory("HW45"));
    }

    @Test
    void categorySetIsConfigurable() {
        HazardousWasteCodeRules withHw41 = new HazardousWasteCodeRules(Set.of(41, 49));
        assertTrue(withHw41.isKnownCategory("HW41"));
        assertFalse(withHw41.isKnownCategory("HW08"));
        assertEquals(List.of(), withHw41.validate("HW41", "900-001-41"));
        assertThrows(IllegalArgumentException.class, () -> new HazardousWasteCodeRules(Set.of(0)));
    }

    @Test
    void categoryRangesFromConfigurationExpandToTheDefaultList() {
        assertEquals(HazardousWasteCodeRules.DEFAULT_CATEGORY_NUMBERS,
                HazardousWasteCodeRules.parseCategoryRanges(List.of("HW01-HW40", " HW45 - HW50 ")));
        assertEquals(Set.of(8, 49), HazardousWasteCodeRules.parseCategoryRanges(List.of("HW49", "HW08")));
        for (String bad : List.of("HW40-HW01", "HW1-HW3", "8", "HW01-HW02-HW03", "HW01-")) {
            assertThrows(IllegalArgumentException.class, () -> HazardousWasteCodeRules.parseCategoryRanges(List.of(bad)), bad);
        }
    }

    @Test
    void bothFieldsCanFailTogether() {
        List<FieldViolation> violations = rules.validate("HW42", "900-041");
        assertEquals(List.of(HazardousWasteCodeRules.CATEGORY_FIELD, HazardousWasteCodeRules.CODE_FIELD),
                violations.stream().map(FieldViolation::field).toList());
    }

    @Test
    void manifestNumberDefaultsToFourteenDigits() {
        ManifestNumberFormat format = ManifestNumberFormat.defaults();
        assertTrue(format.isValid("20234419000123"));
        assertFalse(format.isValid("2023441900012"));
        assertFalse(format.isValid("202344190001234"));
        assertFalse(format.isValid("2023441900012A"));
        assertFalse(format.isValid(null));
        assertTrue(format.validate("20234419000123").isEmpty());
        assertEquals(ManifestNumberFormat.FIELD, format.validate("x").orElseThrow().field());
    }

    @Test
    void manifestNumberPatternIsConfigurable() {
        ManifestNumberFormat format = new ManifestNumberFormat("[0-9]{4}-[0-9]{10}");
        assertTrue(format.isValid("2023-4419000123"));
        assertFalse(format.isValid("20234419000123"));
    }
}
