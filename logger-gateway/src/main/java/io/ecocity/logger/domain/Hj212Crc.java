package io.ecocity.logger.domain;

/**
 * The check code of HJ 212-2017 §6.3 (CRC-16, register 0xFFFF, reflected polynomial 0xA001, the register shifted by a
 * byte before each byte is folded in), as the standard's own C routine computes it over the data segment.
 * docs/standards/hj212.md holds the standard's example and where it was checked.
 */
public final class Hj212Crc {

    private Hj212Crc() {
    }

    public static int of(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc >> 8) ^ (data[i] & 0xFF);
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }
        return crc & 0xFFFF;
    }

    public static int of(byte[] data) {
        return of(data, 0, data.length);
    }

    /** The four upper-case hexadecimal digits that follow a data segment on the wire. */
    public static String hex(int crc) {
        return String.format("%04X", crc);
    }
}
