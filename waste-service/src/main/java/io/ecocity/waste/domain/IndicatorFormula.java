package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An indicator formula in a deliberately tiny language, parsed once and evaluated many times.
 *
 * <p>Grammar (whitespace is ignored):
 * <pre>
 *   expression := term (('+' | '-' | '−') term)*
 *   term       := factor (('*' | '×' | '/' | '÷') factor)*
 *   factor     := ('-' | '−') factor | number | quantity | '(' expression ')'
 *   number     := digits ['.' digits]            (no exponent, no sign)
 *   quantity   := name ('.' name)*                name := letter (letter | digit)*
 * </pre>
 * There are no functions, variables or calls, so a catalogue file cannot make the service do anything
 * but arithmetic. Evaluation is exact (rational arithmetic over {@link BigDecimal}); the only rounding
 * is the final one, to the scale the caller asks for. A rate is written with its {@code * 100}, so a
 * rate indicator yields percent.
 */
public final class IndicatorFormula {

    static final int MAX_LENGTH = 2_000;
    static final int MAX_NESTING = 64;

    private final String text;
    private final Node root;
    private final Set<String> quantityNames;

    private IndicatorFormula(String text, Node root) {
        this.text = text;
        this.root = root;
        Set<String> names = new TreeSet<>();
        collectQuantities(root, names);
        this.quantityNames = Collections.unmodifiableSet(names);
    }

    /** Parses {@code text}; a {@link FormulaSyntaxException} names the 1-based position of the problem. */
    public static IndicatorFormula parse(String text) {
        Objects.requireNonNull(text, "formula");
        if (text.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(text.substring(0, 40) + "…", MAX_LENGTH + 1,
                    "formula longer than " + MAX_LENGTH + " characters");
        }
        return new IndicatorFormula(text, new Parser(text).parseWhole());
    }

    public String text() {
        return text;
    }

    /** The quantity names the formula reads, sorted. */
    public Set<String> quantityNames() {
        return quantityNames;
    }

    /**
     * Evaluates over period sums. A missing (or null) quantity gives {@link AbsenceReason#NO_DATA}
     * naming every missing quantity; a zero divisor gives {@link AbsenceReason#ZERO_DENOMINATOR}.
     * Missing data is reported first because a zero made of missing figures says nothing.
     */
    public IndicatorValue evaluate(Map<String, BigDecimal> quantities, int scale, RoundingMode rounding) {
        Objects.requireNonNull(quantities, "quantities");
        List<String> missing = new ArrayList<>();
        for (String name : quantityNames) {
            if (quantities.get(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            return IndicatorValue.absent(AbsenceReason.NO_DATA, "missing quantities: " + String.join(", ", missing));
        }
        try {
            Fraction result = evaluate(root, quantities);
            return IndicatorValue.of(result.numerator.divide(result.denominator, scale, rounding));
        } catch (ZeroDivisor zero) {
            return IndicatorValue.absent(AbsenceReason.ZERO_DENOMINATOR, "denominator " + zero.divisorText + " is zero");
        }
    }

    /**
     * The formula seen as {@code numerator / denominator × factor}, when it has that shape at its
     * top level ({@code N / D}, {@code N / D * k}, {@code k * (N / D)} or {@code N * k / D} with a
     * number {@code k}). Target progress needs the parts to say what the rest of the year must achieve.
     */
    public Optional<Ratio> asRatio() {
        if (root instanceof Binary top) {
            if (top.operator == '/') {
                if (top.left instanceof Binary inner && inner.operator == '*' && inner.right instanceof Number k) {
                    return Optional.of(ratio(inner.left, top.right, k.value));
                }
                return Optional.of(ratio(top.left, top.right, BigDecimal.ONE));
            }
            if (top.operator == '*') {
                if (top.left instanceof Binary inner && inner.operator == '/' && top.right instanceof Number k) {
                    return Optional.of(ratio(inner.left, inner.right, k.value));
                }
                if (top.right instanceof Binary inner && inner.operator == '/' && top.left instanceof Number k) {
                    return Optional.of(ratio(inner.left, inner.right, k.value));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code value = numerator / denominator × factor}. */
    public record Ratio(IndicatorFormula numerator, IndicatorFormula denominator, BigDecimal factor) {
    }

    private static Ratio ratio(Node numerator, Node denominator, BigDecimal factor) {
        return new Ratio(new IndicatorFormula(render(numerator), numerator),
                new IndicatorFormula(render(denominator), denominator), factor);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorFormula formula && formula.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    // ---- syntax tree -------------------------------------------------------------------------

    private sealed interface Node permits Number, Quantity, Negation, Binary {
    }

    private record Number(BigDecimal value) implements Node {
    }

    private record Quantity(String name) implements Node {
    }

    private record Negation(Node operand) implements Node {
    }

    /** {@code operator} is normalised to one of + - * /. */
    private record Binary(char operator, Node left, Node right) implements Node {
    }

    private static void collectQuantities(Node node, Set<String> into) {
        if (node instanceof Quantity quantity) {
            into.add(quantity.name);
        } else if (node instanceof Negation negation) {
            collectQuantities(negation.operand, into);
        } else if (node instanceof Binary binary) {
            collectQuantities(binary.left, into);
            collectQuantities(binary.right, into);
        }
    }

    private static int precedence(Node node) {
        if (node instanceof Binary binary) {
            return binary.operator == '+' || binary.operator == '-' ? 1 : 2;
        }
        return 3;
    }

    private static String render(Node node) {
        if (node instanceof Number number) {
            return number.value.toPlainString();
        }
        if (node instanceof Quantity quantity) {
            return quantity.name;
        }
        if (node instanceof Negation negation) {
            String operand = render(negation.operand);
            return precedence(negation.operand) < 3 ? "-(" + operand + ")" : "-" + operand;
        }
        Binary binary = (Binary) node;
        int own = precedence(binary);
        String left = render(binary.left);
        if (precedence(binary.left) < own) {
            left = "(" + left + ")";
        }
        String right = render(binary.right);
        // a - (b - c) and a / (b / c) keep their parentheses: the operators do not associate.
        boolean rightNeedsParentheses = precedence(binary.right) < own
                || (precedence(binary.right) == own && (binary.operator == '-' || binary.operator == '/'));
        if (rightNeedsParentheses) {
            right = "(" + right + ")";
        }
        return left + " " + binary.operator + " " + right;
    }

    // ---- exact evaluation --------------------------------------------------------------------

    /** An exact rational; the denominator is never zero. */
    private record Fraction(BigDecimal numerator, BigDecimal denominator) {
        static Fraction of(BigDecimal value) {
            return new Fraction(value, BigDecimal.ONE);
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }
    }

    /** Unwinds evaluation on a zero divisor; carries the divisor's text for the explanation. */
    private static final class ZeroDivisor extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient String divisorText;

        ZeroDivisor(String divisorText) {
            super(null, null, false, false);
            this.divisorText = divisorText;
        }
    }

    private static Fraction evaluate(Node node, Map<String, BigDecimal> quantities) {
        if (node instanceof Number number) {
            return Fraction.of(number.value);
        }
        if (node instanceof Quantity quantity) {
            return Fraction.of(quantities.get(quantity.name));
        }
        if (node instanceof Negation negation) {
            Fraction operand = evaluate(negation.operand, quantities);
            return new Fraction(operand.numerator.negate(), operand.denominator);
        }
        Binary binary = (Binary) node;
        Fraction left = evaluate(binary.left, quantities);
        Fraction right = evaluate(binary.right, quantities);
        return switch (binary.operator) {
            case '+' -> new Fraction(
                    left.numerator.multiply(right.denominator).add(right.numerator.multiply(left.denominator)),
                    left.denominator.multiply(right.denominator));
            case '-' -> new Fraction(
                    left.numerator.multiply(right.denominator).subtract(right.numerator.multiply(left.denominator)),
                    left.denominator.multiply(right.denominator));
            case '*' -> new Fraction(left.numerator.multiply(right.numerator),
                    left.denominator.multiply(right.denominator));
            case '/' -> {
                if (right.isZero()) {
                    throw new ZeroDivisor(render(binary.right));
                }
                yield new Fraction(left.numerator.multiply(right.denominator),
                        left.denominator.multiply(right.numerator));
            }
            default -> throw new IllegalStateException("operator " + binary.operator);
        };
    }

    // ---- parser ------------------------------------------------------------------------------

    /** Recursive descent over the characters; positions in errors are 1-based. */
    private static final class Parser {
        private final String text;
        private int index;
        private int nesting;

        Parser(String text) {
            this.text = text;
        }

        Node parseWhole() {
            skipSpaces();
            if (index >= text.length()) {
                throw error(index, "empty formula");
            }
            Node node = expression();
            skipSpaces();
            if (index < text.length()) {
                char c = text.charAt(index);
                throw error(index, c == ')' ? "unmatched ')'" : "unexpected '" + c + "' after a complete expression");
            }
            return node;
        }

        private Node expression() {
            Node node = term();
            while (true) {
                skipSpaces();
                if (index < text.length() && isAdditive(text.charAt(index))) {
                    char operator = text.charAt(index) == '+' ? '+' : '-';
                    index++;
                    node = new Binary(operator, node, term());
                } else {
                    return node;
                }
            }
        }

        private Node term() {
            Node node = factor();
            while (true) {
                skipSpaces();
                if (index < text.length() && isMultiplicative(text.charAt(index))) {
                    char c = text.charAt(index);
                    char operator = c == '*' || c == '×' ? '*' : '/';
                    index++;
                    node = new Binary(operator, node, factor());
                } else {
                    return node;
                }
            }
        }

        private Node factor() {
            skipSpaces();
            if (index >= text.length()) {
                throw error(index, "unexpected end of formula, expected a number, a quantity or '('");
            }
            if (++nesting > MAX_NESTING) {
                throw error(index, "nested deeper than " + MAX_NESTING + " levels");
            }
            try {
                char c = text.charAt(index);
                if (c == '-' || c == '−') {
                    index++;
                    return new Negation(factor());
                }
                if (c == '(') {
                    int open = index;
                    index++;
                    Node inner = expression();
                    skipSpaces();
                    if (index >= text.length() || text.charAt(index) != ')') {
                        throw error(index < text.length() ? index : open,
                                index < text.length() ? "expected ')'" : "'(' is never closed");
                    }
                    index++;
                    return inner;
                }
                if (isDigit(c)) {
                    return number();
                }
                if (isLetter(c)) {
                    return quantity();
                }
                throw error(index, "unexpected '" + c + "', expected a number, a quantity or '('");
            } finally {
                nesting--;
            }
        }

        private Node number() {
            int start = index;
            while (index < text.length() && isDigit(text.charAt(index))) {
                index++;
            }
            if (index < text.length() && text.charAt(index) == '.') {
                index++;
                if (index >= text.length() || !isDigit(text.charAt(index))) {
                    throw error(index, "a decimal point must be followed by digits");
                }
                while (index < text.length() && isDigit(text.charAt(index))) {
                    index++;
                }
            }
            if (index < text.length() && (isLetter(text.charAt(index)) || text.charAt(index) == '.')) {
                throw error(index, "unexpected '" + text.charAt(index) + "' inside a number");
            }
            return new Number(new BigDecimal(text.substring(start, index)));
        }

        private Node quantity() {
            int start = index;
            while (true) {
                while (index < text.length() && (isLetter(text.charAt(index)) || isDigit(text.charAt(index)))) {
                    index++;
                }
                if (index < text.length() && text.charAt(index) == '.') {
                    index++;
                    if (index >= text.length() || !isLetter(text.charAt(index))) {
                        throw error(index, "a '.' in a quantity name must be followed by a letter");
                    }
                } else {
                    return new Quantity(text.substring(start, index));
                }
            }
        }

        private void skipSpaces() {
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
        }

        private FormulaSyntaxException error(int zeroBasedIndex, String problem) {
            return new FormulaSyntaxException(text, zeroBasedIndex + 1, problem);
        }

        private static boolean isAdditive(char c) {
            return c == '+' || c == '-' || c == '−';
        }

        private static boolean isMultiplicative(char c) {
            return c == '*' || c == '×' || c == '/' || c == '÷';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
