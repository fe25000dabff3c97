package io.ecocity.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.ecocity.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of every number from outside, at each edge; plain Java, Jackson as the services configure it. */
class DecimalBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "0e-999999999", "0e999999999", "1", "-1",
            "999999999999999999999999999999", "-999999999999999999999999999999", // 30 integer digits
            "9.99999999999999999999e29", "1e29", "1E+29", "1000000000000000000000000000000e-1",
            "1e-40", "-1e-40", "0.0000000000000000000000000000000000000001", // 40 decimal places
            "1.000000000000000000000000000000000000000000000000000000", // trailing zeros carry no digits
            "0.3333333333333333333333333333333333", // a DECIMAL128 mean: 34 digits
            "123456789012345678901234567890.1234567890", // 40 significant digits: 30 + 10
            "1.234567890123456789012345678901234567890e-1"})
    void acceptsEveryNumberWithinTheBounds(String literal) {
        assertTrue(DecimalBounds.problemOf(new BigDecimal(literal)).isEmpty(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e30", "1E+30", "-1e30",
            "1000000000000000000000000000000", "9999999999999999999999999999999.5"})
    void refusesMagnitudesOfTenToTheThirtyAndMore(String literal) {
        assertEquals("is too large: at most 30 digits before the decimal point",
                DecimalBounds.problemOf(new BigDecimal(literal)).orElseThrow(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e-41", "0.00000000000000000000000000000000000000001", "-1e-41",
            "0.0000000000000000000000000000000000000000100"})
    void refusesMoreThanFortyDecimalPlaces(String literal) {
        assertEquals("has too many decimal places: at most 40", DecimalBounds.problemOf(new BigDecimal(literal)).orElseThrow(),
                literal);
    }

    @Test
    void refusesMoreThanFortySignificantDigits() {
        assertEquals("has too many significant digits: at most 40",
                DecimalBounds.problemOf(new BigDecimal("123456789012345678901234567890.12345678901")).orElseThrow());
        assertEquals("has too many significant digits: at most 40",
                DecimalBounds.problemOf(new BigDecimal("1.2345678901234567890123456789012345678901")).orElseThrow());
        assertTrue(DecimalBounds.problemOf(new BigDecimal("123456789012345678901234567890.1234567890")).isEmpty());
    }

    @Test
    void refusesNaNAndInfinities() {
        assertEquals("is not a number (NaN)", DecimalBounds.problemOf(Double.NaN).orElseThrow());
        assertEquals("is infinite", DecimalBounds.problemOf(Double.POSITIVE_INFINITY).orElseThrow());
        assertEquals("is infinite", DecimalBounds.problemOf(Double.NEGATIVE_INFINITY).orElseThrow());
        assertTrue(DecimalBounds.problemOf(-0.0d).isEmpty());
        assertTrue(DecimalBounds.problemOf(Double.MAX_VALUE).isPresent());
        assertTrue(DecimalBounds.problemOf(Double.MIN_VALUE).isPresent());
        assertTrue(DecimalBounds.problemOf(12.5d).isEmpty());
    }

    @Test
    void requireNamesTheFieldAndKeepsZeroPlain() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DecimalBounds.require("pm25", new BigDecimal("1e999999999")));
        assertEquals("pm25", e.errors().get(0).field());
        assertEquals("pm25 is too large: at most 30 digits before the decimal point", e.errors().get(0).message());
        assertEquals("0", DecimalBounds.require("x", new BigDecimal("0e-999999999")).toPlainString());
        assertThat(DecimalBounds.require("x", new BigDecimal("12.50"))).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void checksLenientlyParsedJsonNodes() throws Exception {
        ObjectMapper lenient = JsonLimits.mapperBuilder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        JsonNode node = lenient.readTree("{\"a\":NaN,\"b\":1e999999999,\"c\":\"1\",\"d\":12.50,\"e\":-0,\"f\":Infinity}");
        assertEquals("is not a number (NaN)", DecimalBounds.check(node.get("a")).problem());
        assertEquals("is too large: at most 30 digits before the decimal point", DecimalBounds.check(node.get("b")).problem());
        assertEquals("must be a number", DecimalBounds.check(node.get("c")).problem());
        assertThat(DecimalBounds.check(node.get("d")).value()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertEquals(BigDecimal.ZERO, DecimalBounds.check(node.get("e")).value());
        assertFalse(DecimalBounds.check(node.get("f")).valid());
        assertEquals("must be a number", DecimalBounds.check(null).problem());
    }

    record Reading(BigDecimal value, double ratio) {
    }

    private static ObjectMapper serviceMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new BoundedJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void theServicesMapperRefusesOutOfBoundsNumbersAsItReadsThem() throws Exception {
        ObjectMapper mapper = serviceMapper();
        InvalidFormatException huge = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"value\":1e999999999,\"ratio\":1}", Reading.class));
        assertEquals("value", huge.getPath().get(0).getFieldName());
        assertEquals("the number is too large: at most 30 digits before the decimal point", huge.getOriginalMessage());
        InvalidFormatException tiny = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"concentrations\":{\"PM25_24H\":1e-999999999}}",
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, BigDecimal>>>() { }));
        assertEquals("PM25_24H", tiny.getPath().get(tiny.getPath().size() - 1).getFieldName());
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"value\":1,\"ratio\":1e999}", Reading.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"value\":1,\"ratio\":\"NaN\"}", Reading.class));
        assertThat(mapper.readValue("{\"value\":12.5,\"ratio\":0.5}", Reading.class).value()).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void theReaderBoundsLiteralsNestingStringsAndDuplicates() {
        ObjectMapper mapper = serviceMapper();
        String longNumber = "1" + "0".repeat(JsonLimits.MAX_NUMBER_LENGTH);
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[" + longNumber + "]"));
        String deep = "[".repeat(JsonLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH + 1);
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(deep));
        String fine = "[".repeat(JsonLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH);
        assertTrue(assertDoesNotThrowRead(mapper, fine).isArray());
        String longString = "\"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"";
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[" + longString + "]"));
        assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> mapper.readTree("{\"a\":1,\"a\":2}"));
    }

    private static JsonNode assertDoesNotThrowRead(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
