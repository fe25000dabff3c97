package io.ecocity.logger.domain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data segment of an HJ 212-2017 packet (§6.3.3): {@code QN=…;PNUM=…;PNO=…;ST=…;CN=…;PW=…;MN=…;Flag=…;CP=&&…&&}.
 * PNUM and PNO are there only when the packet is one piece of a split one (Flag bit D).
 *
 * @param cp the command parameters between {@code CP=&&} and the closing {@code &&}
 */
public record Hj212Packet(String qn, String st, String cn, String pw, String mn, int flag, int pnum, int pno,
        String cp) {

    /** Flag bit 0 (A): the sender asks for a response. */
    public static final int FLAG_ACK = 0b01;
    /** Flag bit 1 (D): the packet carries PNUM and PNO. */
    public static final int FLAG_SPLIT = 0b10;

    private static final Pattern QN = Pattern.compile("\\d{17}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern MN = Pattern.compile("[0-9A-Za-z_\\-]{1,24}");
    private static final Pattern PW = Pattern.compile("[^;=&,]{1,32}");
    private static final String CP_START = "CP=&&";

    public boolean split() {
        return pnum > 1;
    }

    /** Whether the sender asks for a response, bit {@code ackBit} of its Flag (bit 0 per the standard). */
    public boolean asksForAcknowledgement(int ackMask) {
        return (flag & ackMask) != 0;
    }

    public static Hj212Packet parse(byte[] segment) {
        for (byte b : segment) {
            if (b < 0x20 || b > 0x7E) {
                throw new MalformedPacketException("the data segment holds a byte outside printable ASCII");
            }
        }
        String text = new String(segment, StandardCharsets.US_ASCII);
        int cpAt = text.indexOf(CP_START);
        if (cpAt < 0 || !text.endsWith("&&") || text.length() < cpAt + CP_START.length() + 2) {
            throw new MalformedPacketException("no CP=&&…&& at the end of the data segment");
        }
        String cp = text.substring(cpAt + CP_START.length(), text.length() - 2);
        String header = text.substring(0, cpAt);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : header.split(";")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new MalformedPacketException("header field '" + abbreviate(pair) + "' is not name=value");
            }
            if (fields.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                throw new MalformedPacketException("header field " + pair.substring(0, eq) + " given twice");
            }
        }
        // QN is the request number a response echoes; some loggers leave it out of uploads
        String qn = fields.containsKey("QN") ? required(fields, "QN", QN) : null;
        String st = required(fields, "ST", DIGITS);
        String cn = required(fields, "CN", DIGITS);
        String pw = required(fields, "PW", PW);
        String mn = required(fields, "MN", MN);
        int flag = Integer.parseInt(required(fields, "Flag", Pattern.compile("\\d{1,3}")));
        if (flag > 255) {
            throw new MalformedPacketException("Flag " + flag + " is not one byte");
        }
        int pnum = 1;
        int pno = 1;
        if ((flag & FLAG_SPLIT) != 0) {
            pnum = Integer.parseInt(required(fields, "PNUM", DIGITS));
            pno = Integer.parseInt(required(fields, "PNO", DIGITS));
            if (pnum < 1 || pno < 1 || pno > pnum) {
                throw new MalformedPacketException("PNO " + pno + " of PNUM " + pnum + " is not a piece of the packet");
            }
        }
        return new Hj212Packet(qn, st, cn, pw, mn, flag, pnum, pno, cp);
    }

    private static String required(Map<String, String> fields, String name, Pattern pattern) {
        String value = fields.get(name);
        if (value == null) {
            throw new MalformedPacketException("header field " + name + " is missing");
        }
        if (!pattern.matcher(value).matches()) {
            throw new MalformedPacketException("header field " + name + "='" + abbreviate(value) + "' is malformed");
        }
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
