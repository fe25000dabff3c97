package io.ecocity.support.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What the JSON reader accepts at all, before any field is looked at: short number literals, shallow nesting,
 * bounded strings, names and documents. Applied to every service's {@code ObjectMapper} (by
 * {@link BoundedJsonCustomizer}) and to the readers services build for themselves ({@link #mapperBuilder()}).
 */
public final class JsonLimits {

    /** Characters of one number literal (digits, sign, point, exponent); Jackson's default is 1,000. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Arrays and objects inside each other; the deepest legitimate body (GeoJSON polygons) needs about 8. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one string value; free-text fields are bounded much lower by their own rules. */
    public static final int MAX_STRING_LENGTH = 1_048_576;
    /** Characters of one field name. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Bytes of one document: the HTTP body limit ({@code quarkus.http.limits.max-body-size}) is the same. */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

    private JsonLimits() {
    }

    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build();
    }

    /** A factory with these limits and duplicate field names refused (a plain map would silently keep the last). */
    public static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** A mapper builder over {@link #factory()}, for a service that reads JSON with its own settings. */
    public static JsonMapper.Builder mapperBuilder() {
        return JsonMapper.builder(factory());
    }

    /** Applies the limits to an existing factory (the framework's mapper). */
    public static void applyTo(JsonFactory factory) {
        factory.setStreamReadConstraints(constraints());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
