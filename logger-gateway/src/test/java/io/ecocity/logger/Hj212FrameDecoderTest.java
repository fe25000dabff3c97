package io.ecocity.logger;

import static io.ecocity.logger.Hj212TestEncoder.ascii;
import static io.ecocity.logger.Hj212TestEncoder.frame;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.logger.domain.FrameRejection;
import io.ecocity.logger.domain.Hj212FrameDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder alone, fed bytes as a socket would deliver them; frames built by the test's own encoder. */
class Hj212FrameDecoderTest {

    private final List<String> frames = new ArrayList<>();
    private final List<FrameRejection> rejections = new ArrayList<>();
    private final Hj212FrameDecoder decoder = new Hj212FrameDecoder(512, new Hj212FrameDecoder.Listener() {
        @Override
        public void frame(byte[] dataSegment) {
            frames.add(new String(dataSegment, StandardCharsets.US_ASCII));
        }

        @Override
        public void rejected(FrameRejection reason, String detail) {
            rejections.add(reason);
        }
    });

    private static final String A = "QN=20260701080000001;ST=22;CN=2061;PW=123456;MN=A1;Flag=5;CP=&&DataTime=20260701080000&&";
    private static final String B = "QN=20260701080000002;ST=22;CN=2061;PW=123456;MN=A1;Flag=5;CP=&&DataTime=20260701090000&&";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void twoFramesInOneChunkAndOneFrameByteByByte() {
        decoder.feed(concat(frame(A), frame(B)));
        for (byte b : frame(A)) {
            decoder.feed(new byte[] {b});
        }
        assertThat(frames).containsExactly(A, B, A);
        assertThat(rejections).isEmpty();
        assertThat(decoder.holdsPartialFrame()).isFalse();
    }

    @Test
    void garbageBetweenFramesIsSkipped() {
        decoder.feed(concat(ascii("hello\r\n"), frame(A), ascii("#x#\u0000"), frame(B)));
        assertThat(frames).containsExactly(A, B);
        assertThat(rejections).containsExactly(FrameRejection.GARBAGE, FrameRejection.GARBAGE);
    }

    @Test
    void aBadCrcCostsOnlyItsFrame() {
        byte[] bad = frame(A);
        bad[bad.length - 3] = (byte) (bad[bad.length - 3] == '0' ? '1' : '0');
        decoder.feed(concat(bad, frame(B)));
        assertThat(frames).containsExactly(B);
        assertThat(rejections).containsExactly(FrameRejection.BAD_CRC);
    }

    @Test
    void aLengthFieldThatIsNotDigitsOrDoesNotMatchIsBadLength() {
        String good = new String(frame(A), StandardCharsets.US_ASCII);
        byte[] letters = ascii("##01x1" + good.substring(6));
        String shorter = String.format("%04d", A.length() - 3);
        byte[] wrong = ascii("##" + shorter + good.substring(6));
        decoder.feed(concat(letters, frame(B), wrong, frame(B)));
        assertThat(frames).containsExactly(B, B);
        // the rest of a frame refused by its header is skipped without counting as garbage besides
        assertThat(rejections).containsExactly(FrameRejection.BAD_LENGTH, FrameRejection.BAD_LENGTH);
    }

    @Test
    void aFrameCutShortByTheNextIsTruncated() {
        byte[] cut = java.util.Arrays.copyOf(frame(A), 40);
        decoder.feed(concat(cut, frame(B)));
        assertThat(frames).containsExactly(B);
        assertThat(rejections).containsExactly(FrameRejection.TRUNCATED);
    }

    @Test
    void aFrameLeftIncompleteIsTruncatedWhenItExpires() {
        decoder.feed(java.util.Arrays.copyOf(frame(A), 40));
        assertThat(decoder.holdsPartialFrame()).isTrue();
        decoder.expirePartialFrame();
        decoder.feed(frame(B));
        assertThat(frames).containsExactly(B);
        assertThat(rejections).containsExactly(FrameRejection.TRUNCATED);
    }

    @Test
    void aFrameDeclaredAboveTheMaximumIsOversizedAndItsBytesAreNotKept() {
        StringBuilder big = new StringBuilder("QN=20260701080000003;CP=&&");
        while (big.length() < 900) {
            big.append("a34004-Avg=1.0;");
        }
        big.append("&&");
        decoder.feed(concat(frame(big.toString()), frame(B)));
        assertThat(frames).containsExactly(B);
        assertThat(rejections).containsExactly(FrameRejection.OVERSIZED);
        assertThat(decoder.holdsPartialFrame()).isFalse();
    }
}
