package io.ecocity.logger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes HJ 212-2017 packets as a data logger would, independently of the gateway's decoder: its own CRC routine,
 * its own framing. Tests build what they send with it, and break it on purpose.
 */
public final class Hj212TestEncoder {

    private static final AtomicLong QN_SEQUENCE = new AtomicLong();
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private Hj212TestEncoder() {
    }

    /**
     * The check code as the standard's C routine computes it: register 0xFFFF, shifted right by a byte before each
     * byte is XORed in, then eight shifts with 0xA001 folded in after a 1 falls out (docs/standards/hj212.md §1).
     */
    public static int crc(byte[] data) {
        int register = 0xFFFF;
        for (byte value : data) {
            register = ((register >>> 8) & 0x00FF) ^ (value & 0xFF);
            for (int shift = 0; shift < 8; shift++) {
                boolean carry = (register & 0x0001) == 0x0001;
                register >>>= 1;
                if (carry) {
                    register ^= 0xA001;
                }
            }
        }
        return register;
    }

    /** {@code ##}, the length, the segment, its CRC and CR LF. */
    public static byte[] frame(String segment) {
        byte[] data = segment.getBytes(StandardCharsets.US_ASCII);
        String crc = Integer.toHexString(crc(data)).toUpperCase();
        while (crc.length() < 4) {
            crc = "0" + crc;
        }
        return ascii("##" + String.format("%04d", data.length) + segment + crc + "\r\n");
    }

    /** A fresh 17-digit QN (yyyyMMddHHmmssSSS-like, unique within the test run). */
    public static String nextQn() {
        return String.format("2026070100%07d", QN_SEQUENCE.incrementAndGet());
    }

    /** A data segment of command {@code cn} with the CP fields given after DataTime. */
    public static String segment(String qn, String st, String cn, String pw, String mn, int flag,
            LocalDateTime dataTime, String cpFields) {
        return "QN=" + qn + ";ST=" + st + ";CN=" + cn + ";PW=" + pw + ";MN=" + mn + ";Flag=" + flag
                + ";CP=&&DataTime=" + DATA_TIME.format(dataTime) + (cpFields.isEmpty() ? "" : ";" + cpFields) + "&&";
    }

    /** One piece of a split packet (Flag bit D set; PNUM and PNO after QN). */
    public static String piece(String qn, int pnum, int pno, String st, String cn, String pw, String mn, int flag,
            String cp) {
        return "QN=" + qn + ";PNUM=" + pnum + ";PNO=" + pno + ";ST=" + st + ";CN=" + cn + ";PW=" + pw + ";MN=" + mn
                + ";Flag=" + (flag | 0b10) + ";CP=&&" + cp + "&&";
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
