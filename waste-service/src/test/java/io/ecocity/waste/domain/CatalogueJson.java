package io.ecocity.waste.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shipped catalogue JSON into the domain records for tests, without Jackson (the service
 * layer uses Jackson; this module's tests run without it). A small strict JSON reader, test-only.
 */
final class CatalogueJson {

    private final String text;
    private int index;

    private CatalogueJson(String text) {
        this.text = text;
    }

    static IndicatorCatalogue loadDefault() {
        try (InputStream in = CatalogueJson.class.getClassLoader().getResourceAsStream(IndicatorCatalogue.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource not on the class path: " + IndicatorCatalogue.DEFAULT_RESOURCE);
            }
            return toCatalogue(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object parse(String json) {
        CatalogueJson reader = new CatalogueJson(json);
        Object value = reader.value();
        reader.spaces();
        if (reader.index != json.length()) {
            throw new IllegalArgumentException("trailing content at " + reader.index);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static IndicatorCatalogue toCatalogue(Object json) {
        Map<String, Object> root = (Map<String, Object>) json;
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (Object item : (List<Object>) root.get("indicators")) {
            Map<String, Object> o = (Map<String, Object>) item;
            indicators.add(new IndicatorDefinition(
                    (String) o.get("code"), (String) o.get("nameZh"), (String) o.get("nameEn"),
                    (String) o.get("formula"), (String) o.get("unit"), ((BigDecimal) o.get("scale")).intValueExact(),
                    IndicatorDirection.valueOf((String) o.get("direction")), (Boolean) o.get("mandatory"),
                    VerificationStatus.valueOf((String) o.get("verification")),
                    (String) o.get("source"), (String) o.get("note")));
        }
        return new IndicatorCatalogue((String) root.get("version"), indicators);
    }

    private Object value() {
        spaces();
        char c = text.charAt(index);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                expect("true");
                return Boolean.TRUE;
            case 'f':
                expect("false");
                return Boolean.FALSE;
            case 'n':
                expect("null");
                return null;
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        index++;
        spaces();
        if (text.charAt(index) == '}') {
            index++;
            return map;
        }
        while (true) {
            spaces();
            String key = string();
            spaces();
            expect(":");
            map.put(key, value());
            spaces();
            char c = text.charAt(index++);
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or } at " + (index - 1));
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        index++;
        spaces();
        if (text.charAt(index) == ']') {
            index++;
            return list;
        }
        while (true) {
            list.add(value());
            spaces();
            char c = text.charAt(index++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or ] at " + (index - 1));
            }
        }
    }

    private String string() {
        expect("\"");
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(index++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char e = text.charAt(index++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(index, index + 4), 16));
                        index += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
    }

    private BigDecimal number() {
        int start = index;
        while (index < text.length() && "+-0123456789.eE".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        if (start == index) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(index) + "' at " + index);
        }
        return new BigDecimal(text.substring(start, index));
    }

    private void expect(String literal) {
        if (!text.startsWith(literal, index)) {
            throw new IllegalArgumentException("expected " + literal + " at " + index);
        }
        index += literal.length();
    }

    private void spaces() {
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
    }
}
