package io.ecocity.logger.domain;

import java.nio.charset.StandardCharsets;

/** The frames the gateway answers with. */
public final class Hj212Replies {

    /** Flag of a reply: protocol version bits 000001 (HJ 212-2017), no response asked, no split. */
    private static final int REPLY_FLAG = 4;

    private Hj212Replies() {
    }

    /** 9014 data response (HJ 212-2017 §6.6.5): the upload with this QN was received. */
    public static byte[] dataResponse(Hj212Packet request) {
        String segment = (request.qn() == null ? "" : "QN=" + request.qn() + ";") + "ST=91;CN=9014;PW=" + request.pw()
                + ";MN=" + request.mn() + ";Flag=" + REPLY_FLAG + ";CP=&&&&";
        return frame(segment);
    }

    public static byte[] frame(String segment) {
        byte[] data = segment.getBytes(StandardCharsets.US_ASCII);
        return ("##" + String.format("%04d", data.length) + segment + Hj212Crc.hex(Hj212Crc.of(data)) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
