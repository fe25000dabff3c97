package io.ecocity.demo.loggers;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes HJ 212-2017 packets as a station's data logger does (docs/standards/hj212.md §1–§3): {@code ##}, the
 * four-digit length, the data segment, its CRC in four hexadecimal digits and CR LF. It has its own CRC routine and
 * framing, independent of the receiver's decoder.
 */
public final class Hj212Encoder {

    /** Flag 5: protocol version 2017 (000001) and bit A, asking for a 9014 data response. */
    public static final int FLAG_ASK_RESPONSE = 5;
    /** ST 22: air quality monitoring; ST 21: surface water monitoring. */
    public static final String ST_AIR = "22";
    public static final String ST_WATER = "21";

    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter QN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private Hj212Encoder() {
    }

    /**
     * The check code of HJ 212-2017 over the data segment: register 0xFFFF; for each byte the register is shifted
     * right by 8 and XORed with the byte, then shifted right 8 times, XORed with 0xA001 whenever a 1 falls out
     * (docs/standards/hj212.md §1). Not CRC-16/MODBUS.
     */
    public static int crc(byte[] data) {
        int register = 0xFFFF;
        for (byte value : data) {
            register = (register >>> 8) ^ (value & 0xFF);
            for (int shift = 0; shift < 8; shift++) {
                boolean carry = (register & 1) != 0;
                register >>>= 1;
                if (carry) {
                    register ^= 0xA001;
                }
            }
        }
        return register & 0xFFFF;
    }

    /** The whole frame of one data segment. */
    public static byte[] frame(String segment) {
        byte[] data = segment.getBytes(StandardCharsets.US_ASCII);
        if (data.length > 9999) {
            throw new IllegalArgumentException("a data segment has at most 9999 bytes; this one " + data.length);
        }
        return ("##" + String.format("%04d", data.length) + segment + String.format("%04X", crc(data)) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static LocalDateTime lastQn = LocalDateTime.MIN;

    /**
     * A QN: the time the request is made, to the millisecond (yyyyMMddHHmmssSSS), moved on by a millisecond when
     * two requests fall in the same one, so every QN this process writes is unique and a 9014 names one packet.
     */
    public static synchronized String nextQn(LocalDateTime now) {
        LocalDateTime at = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        lastQn = at.isAfter(lastQn) ? at : lastQn.plusNanos(1_000_000);
        return QN_TIME.format(lastQn);
    }

    /**
     * A data upload ({@code cn} 2061 hourly, 2011 real-time …) asking for a response. {@code values} maps HJ 212
     * pollutant codes to their values; {@code suffix} is {@code Avg} for 2061 and {@code Rtd} for 2011; each value is
     * flagged N (normal).
     */
    public static String upload(String qn, String st, String cn, String password, String mn, LocalDateTime dataTime,
            String suffix, Map<String, BigDecimal> values) {
        StringBuilder cp = new StringBuilder("DataTime=").append(DATA_TIME.format(dataTime));
        values.forEach((code, value) -> cp.append(';').append(code).append('-').append(suffix).append('=')
                .append(value.toPlainString()).append(',').append(code).append("-Flag=N"));
        return "QN=" + qn + ";ST=" + st + ";CN=" + cn + ";PW=" + password + ";MN=" + mn + ";Flag=" + FLAG_ASK_RESPONSE
                + ";CP=&&" + cp + "&&";
    }

    /** The value of field {@code name} in a data segment ({@code QN}, {@code CN} …), or null. */
    public static String field(String segment, String name) {
        int at = segment.startsWith(name + "=") ? 0 : segment.indexOf(";" + name + "=");
        if (at < 0) {
            return null;
        }
        int start = at == 0 ? name.length() + 1 : at + name.length() + 2;
        int end = segment.indexOf(';', start);
        return segment.substring(start, end < 0 ? segment.length() : end);
    }
}
