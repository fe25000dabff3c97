package io.ecocity.support.input;

import io.ecocity.support.problem.InvalidInputException;

/**
 * Text from outside, checked before it reaches a query: PostgreSQL refuses a NUL character in any text (H2 stores it),
 * so without this check the same request was a 400 on one database and a 500 on the other. Identifiers (a station,
 * section or facility id, a town) take no control character at all.
 */
public final class TextBounds {

    private TextBounds() {
    }

    /** Null when {@code text} may serve as an identifier, otherwise why not. */
    public static String identifierProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + i;
            }
        }
        return null;
    }

    /** Null when {@code text} may be stored as free text (tabs and line breaks allowed), otherwise why not. */
    public static String freeTextProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + i;
            }
        }
        return null;
    }

    /** {@code text} as an identifier, or a 400 naming {@code field}. */
    public static String requireIdentifier(String field, String text) {
        String problem = text == null ? null : identifierProblem(text);
        if (problem != null) {
            throw new InvalidInputException(field, field + " " + problem);
        }
        return text;
    }
}
