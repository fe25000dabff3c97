package io.ecocity.support.problem;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Reads whole-number and yes/no parameters ({@code ?limit=}, {@code ?year=}, {@code ?assessedOnly=}) so that a value
 * that is not one is a 400 naming the parameter. JAX-RS answers a query or path parameter it cannot convert with a
 * bare 404, as if the resource did not exist; the problem mapper finds this converter's error inside it.
 */
@Provider
public class NumericParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", rawType.isPrimitive() ? 0 : null,
                    Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", rawType.isPrimitive() ? 0L : null,
                    Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", rawType.isPrimitive() ? false : null,
                    text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            });
        }
        return null;
    }

    /** {@code absent}: the value of a parameter not given (zero or false for a primitive, as JAX-RS has it). */
    private static <V> ParamConverter<V> converter(String name, String expected, V absent, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return absent;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(name, name + " must be " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return null;
    }
}
