package io.ecocity.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Bounds every service's {@code ObjectMapper}: the reader's {@link JsonLimits}, and every {@code BigDecimal},
 * {@code double} or {@code float} of a request record or event payload checked by {@link DecimalBounds} as it is
 * read, so an out-of-bounds number is a 400 naming its field (or a dead letter) before any code sees it. It only
 * adds deserializers; a service's own serializers (e.g. plain decimals) are untouched.
 */
@Singleton
public class BoundedJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        JsonLimits.applyTo(mapper.getFactory());
        mapper.registerModule(module());
    }

    /** The bounded number deserializers, for a mapper a service builds itself. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ecocity-input-bounds");
        module.addDeserializer(BigDecimal.class, new BoundedBigDecimal());
        module.addDeserializer(Double.class, new BoundedDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new BoundedDouble(Double.TYPE, 0d));
        module.addDeserializer(Float.class, new BoundedFloat(Float.class, null));
        module.addDeserializer(Float.TYPE, new BoundedFloat(Float.TYPE, 0f));
        return module;
    }

    private static InvalidFormatException outOfBounds(JsonParser parser, String problem, Object value, Class<?> type) {
        return InvalidFormatException.from(parser, "the number " + problem, value, type);
    }

    static final class BoundedBigDecimal extends NumberDeserializers.BigDecimalDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            Optional<String> problem = DecimalBounds.problemOf(value);
            if (problem.isPresent()) {
                throw outOfBounds(parser, problem.get(), parser.getText(), BigDecimal.class);
            }
            return value;
        }
    }

    static final class BoundedDouble extends NumberDeserializers.DoubleDeserializer {
        private static final long serialVersionUID = 1L;

        BoundedDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null) {
                Optional<String> problem = DecimalBounds.problemOf(value);
                if (problem.isPresent()) {
                    throw outOfBounds(parser, problem.get(), parser.getText(), Double.class);
                }
            }
            return value;
        }
    }

    static final class BoundedFloat extends NumberDeserializers.FloatDeserializer {
        private static final long serialVersionUID = 1L;

        BoundedFloat(Class<Float> type, Float nullValue) {
            super(type, nullValue);
        }

        @Override
        public Float deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Float value = super.deserialize(parser, context);
            if (value != null) {
                Optional<String> problem = DecimalBounds.problemOf(value.doubleValue());
                if (problem.isPresent()) {
                    throw outOfBounds(parser, problem.get(), parser.getText(), Float.class);
                }
            }
            return value;
        }
    }
}
