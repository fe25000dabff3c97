package io.ecocity.logger.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CP of a data packet (HJ 212-2017 §6.3.3): fields {@code name=value} separated by {@code ;} between items and by
 * {@code ,} within one, e.g. {@code DataTime=20260701080000;a34004-Avg=25.0,a34004-Flag=N}. The pieces of a split
 * packet add their fields to one set.
 */
public final class CommandParameters {

    public static final int MAX_FIELDS = 1000;
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> fields = new LinkedHashMap<>();

    public static CommandParameters parse(String cp) {
        CommandParameters parameters = new CommandParameters();
        parameters.add(cp);
        return parameters;
    }

    /** Adds the fields of one more piece; a field given twice must carry the same value. */
    public void add(String cp) {
        for (String item : cp.split(";")) {
            for (String pair : item.split(",")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new MalformedPacketException("CP field '" + Hj212Packet.abbreviate(pair) + "' is not name=value");
                }
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                String earlier = fields.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new MalformedPacketException("CP field " + name + " given twice with different values");
                }
                if (fields.size() > MAX_FIELDS) {
                    throw new MalformedPacketException("CP holds more than " + MAX_FIELDS + " fields");
                }
            }
        }
    }

    public String get(String name) {
        return fields.get(name);
    }

    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** DataTime, the local (Beijing) time the data are labelled with by the logger. */
    public LocalDateTime dataTime() {
        String value = fields.get("DataTime");
        if (value == null) {
            throw new MalformedPacketException("CP has no DataTime");
        }
        try {
            return LocalDateTime.parse(value, DATA_TIME);
        } catch (DateTimeParseException e) {
            throw new MalformedPacketException("DataTime '" + Hj212Packet.abbreviate(value) + "' is not yyyyMMddHHmmss");
        }
    }
}
