package io.ecocity.waste.domain;

/** A formula text that is not a valid expression; {@code position} is the 1-based character index. */
public final class FormulaSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public FormulaSyntaxException(String formula, int position, String problem) {
        super("formula syntax error at position " + position + ": " + problem + " in \"" + formula + "\"");
        this.position = position;
    }

    public int position() {
        return position;
    }
}
