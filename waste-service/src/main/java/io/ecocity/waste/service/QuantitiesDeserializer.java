package io.ecocity.waste.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a report's quantities (key → tonnes), refusing a key given twice, which a plain map would settle silently
 * by keeping the last value, and a figure that is not a JSON number. A null figure is kept, for the validator to name.
 */
public class QuantitiesDeserializer extends StdDeserializer<Map<String, BigDecimal>> {

    private static final long serialVersionUID = 1L;

    public QuantitiesDeserializer() {
        super(Map.class);
    }

    @Override
    public Map<String, BigDecimal> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            throw MismatchedInputException.from(parser, Map.class, "quantities must be an object of quantity key → tonnes");
        }
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            BigDecimal tonnes;
            if (token == JsonToken.VALUE_NULL) {
                tonnes = null;
            } else if (token.isNumeric()) {
                tonnes = parser.getDecimalValue();
                java.util.Optional<String> unbounded = io.ecocity.support.input.DecimalBounds.problemOf(tonnes);
                if (unbounded.isPresent()) {
                    throw MismatchedInputException.from(parser, Map.class, "quantity '" + key + "' " + unbounded.get());
                }
            } else {
                throw MismatchedInputException.from(parser, Map.class, "quantity '" + key + "' must be a number of tonnes");
            }
            if (quantities.containsKey(key)) {
                throw MismatchedInputException.from(parser, Map.class, "quantity '" + key + "' is given twice");
            }
            quantities.put(key, tonnes);
        }
        return quantities;
    }
}
