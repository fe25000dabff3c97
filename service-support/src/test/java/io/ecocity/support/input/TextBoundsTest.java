package io.ecocity.support.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ecocity.support.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The text rules on plain strings; nothing stubbed. */
class TextBoundsTest {

    @Test
    void anIdentifierTakesNoControlCharacter() {
        assertNull(TextBounds.identifierProblem("DG-01 莞城"));
        assertEquals("contains the control character U+0000 at position 2", TextBounds.identifierProblem("DG\u0000"));
        assertEquals("contains the control character U+001F at position 0", TextBounds.identifierProblem("\u001f"));
        assertEquals("contains the control character U+007F at position 1", TextBounds.identifierProblem("x\u007f"));
        assertEquals("contains the control character U+0009 at position 1", TextBounds.identifierProblem("a\tb"));
    }

    @Test
    void freeTextKeepsTabsAndLineBreaksButNoOtherControlCharacter() {
        assertNull(TextBounds.freeTextProblem("第一行\r\n\t第二行"));
        assertEquals("contains the control character U+0000 at position 3", TextBounds.freeTextProblem("abc\u0000"));
        assertEquals("contains the control character U+0007 at position 0", TextBounds.freeTextProblem("\u0007"));
    }

    @Test
    void aRequiredIdentifierNamesTheField() {
        assertEquals("DG-01", TextBounds.requireIdentifier("stationId", "DG-01"));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> TextBounds.requireIdentifier("stationId", "DG\u000001"));
        assertEquals("stationId", refused.errors().get(0).field());
    }
}
