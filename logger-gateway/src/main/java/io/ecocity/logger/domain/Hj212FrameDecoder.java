package io.ecocity.logger.domain;

import java.util.Arrays;

/**
 * Cuts the byte stream of one connection into HJ 212-2017 frames: {@code ##}, four decimal digits giving the length
 * n of the data segment, the n bytes of the segment, four hexadecimal digits of its CRC and {@code \r\n}. Whatever
 * is not a good frame is reported with its reason and skipped up to the next {@code ##}, so one bad packet costs
 * only itself. The buffer never holds more than one frame of the configured maximum: bytes that cannot start a frame
 * are dropped as they arrive.
 */
public final class Hj212FrameDecoder {

    /** What the decoder found. Called on the thread that feeds it. */
    public interface Listener {
        void frame(byte[] dataSegment);

        void rejected(FrameRejection reason, String detail);
    }

    private static final int HEADER = 6;
    private static final int TRAILER = 6;

    private final int maxFrameBytes;
    private final Listener listener;
    private byte[] buffer;
    private int length;
    /** The bytes up to the next {@code ##} belong to a frame already reported: they are not garbage besides. */
    private boolean skippingReportedFrame;

    /** @param maxFrameBytes the largest whole frame accepted, header and trailer included */
    public Hj212FrameDecoder(int maxFrameBytes, Listener listener) {
        if (maxFrameBytes < HEADER + TRAILER) {
            throw new IllegalArgumentException("a frame takes at least " + (HEADER + TRAILER) + " bytes");
        }
        this.maxFrameBytes = maxFrameBytes;
        this.listener = listener;
        this.buffer = new byte[Math.min(maxFrameBytes, 4096)];
    }

    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    public void feed(byte[] chunk, int offset, int count) {
        int at = offset;
        int end = offset + count;
        while (at < end) {
            // copy no more than the buffer can take, then decode, which frees room; bounded by maxFrameBytes
            int room = maxFrameBytes - length;
            if (room == 0) {
                // cannot happen after decode() (a full buffer is a complete or rejected frame); guards the invariant
                discard(length);
                continue;
            }
            int take = Math.min(room, end - at);
            ensureCapacity(length + take);
            System.arraycopy(chunk, at, buffer, length, take);
            length += take;
            at += take;
            decode();
        }
    }

    /** True while the start of a frame is buffered and waits for the rest. */
    public boolean holdsPartialFrame() {
        return length > 0;
    }

    /** The partial frame waited too long: it is dropped as truncated. */
    public void expirePartialFrame() {
        if (length > 0) {
            boolean framed = length >= 2 && buffer[0] == '#' && buffer[1] == '#';
            discard(length);
            listener.rejected(framed ? FrameRejection.TRUNCATED : FrameRejection.GARBAGE,
                    "incomplete frame not finished within the frame timeout");
        }
    }

    private void decode() {
        while (length > 0) {
            int start = indexOfFrameStart(0);
            if (start < 0) {
                // keep a trailing '#': it may be the first half of the next "##"
                int keep = buffer[length - 1] == '#' ? 1 : 0;
                if (length - keep > 0) {
                    reportGarbage(length - keep);
                    discard(length - keep);
                }
                return;
            }
            if (start > 0) {
                reportGarbage(start);
                discard(start);
            }
            skippingReportedFrame = false;
            if (length < HEADER) {
                return;
            }
            int declared = decimal(buffer, 2, 4);
            if (declared < 0) {
                skipFrameStart(FrameRejection.BAD_LENGTH, "length field '" + ascii(2, 4) + "' is not four decimal digits");
                continue;
            }
            int total = HEADER + declared + TRAILER;
            if (total > maxFrameBytes) {
                skipFrameStart(FrameRejection.OVERSIZED, "declared data length " + declared + " makes a frame of "
                        + total + " bytes, above the maximum of " + maxFrameBytes);
                continue;
            }
            int restarted = nextFrameHeader(HEADER, Math.min(length, HEADER + declared));
            if (restarted >= 0) {
                discard(restarted);
                listener.rejected(FrameRejection.TRUNCATED, "a new frame began " + restarted
                        + " bytes into a frame declared with " + declared + " bytes of data");
                continue;
            }
            if (length < total) {
                return;
            }
            int trailer = HEADER + declared;
            if (buffer[trailer + 4] != '\r' || buffer[trailer + 5] != '\n') {
                skipFrameStart(FrameRejection.BAD_LENGTH, "no CRC and CR LF after the declared " + declared
                        + " bytes of data");
                continue;
            }
            int sent = hexadecimal(buffer, trailer, 4);
            int computed = Hj212Crc.of(buffer, HEADER, declared);
            if (sent != computed) {
                String detail = "CRC '" + ascii(trailer, 4) + "' sent, " + Hj212Crc.hex(computed) + " computed";
                discard(total);
                listener.rejected(FrameRejection.BAD_CRC, detail);
                continue;
            }
            byte[] segment = Arrays.copyOfRange(buffer, HEADER, HEADER + declared);
            discard(total);
            listener.frame(segment);
        }
    }

    /** Drops the {@code ##} of a frame that is not one; decoding resumes at the next {@code ##}. */
    private void skipFrameStart(FrameRejection reason, String detail) {
        discard(2);
        skippingReportedFrame = true;
        listener.rejected(reason, detail);
    }

    private void reportGarbage(int bytes) {
        if (skippingReportedFrame) {
            return;
        }
        listener.rejected(FrameRejection.GARBAGE, bytes + " byte(s) outside any frame skipped");
    }

    private int indexOfFrameStart(int from) {
        for (int i = from; i + 1 < length; i++) {
            if (buffer[i] == '#' && buffer[i + 1] == '#') {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code ##dddd} in {@code [from, to)}: the header of a frame that cut the current one short. */
    private int nextFrameHeader(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (buffer[i] == '#' && buffer[i + 1] == '#') {
                if (i + HEADER > length) {
                    // not all of its length field has arrived yet; a lone "##" is enough to stop trusting this frame
                    return i;
                }
                if (decimal(buffer, i + 2, 4) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void discard(int bytes) {
        System.arraycopy(buffer, bytes, buffer, 0, length - bytes);
        length -= bytes;
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(maxFrameBytes, Math.max(needed, buffer.length * 2)));
        }
    }

    private String ascii(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count && i < length; i++) {
            int b = buffer[i] & 0xFF;
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.toString();
    }

    private static int decimal(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            byte b = bytes[i];
            if (b < '0' || b > '9') {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        return value;
    }

    private static int hexadecimal(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
