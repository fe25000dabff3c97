package io.ecocity.logger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.logger.domain.FrameRejection;
import io.ecocity.logger.domain.Hj212Crc;
import io.ecocity.logger.domain.Hj212FrameDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check code against the example of HJ 212-2017 (docs/standards/hj212.md §1: the standard's example as
 * reprinted in codetd.com article 14967907 / cnblogs.com/LiuSiyuan/p/8110192). Plain unit test, nothing stubbed.
 */
class Hj212CrcTest {

    static final String STANDARD_SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
    static final String STANDARD_FRAME = "##0101" + STANDARD_SEGMENT + "1C80\r\n";

    @Test
    void theStandardsExampleHasLength101AndCrc1C80() {
        byte[] data = STANDARD_SEGMENT.getBytes(StandardCharsets.US_ASCII);
        assertThat(data).hasSize(101);
        assertThat(Hj212Crc.hex(Hj212Crc.of(data))).isEqualTo("1C80");
        assertThat(Hj212TestEncoder.crc(data)).isEqualTo(0x1C80);
        assertThat(new String(Hj212TestEncoder.frame(STANDARD_SEGMENT), StandardCharsets.US_ASCII)).isEqualTo(STANDARD_FRAME);
    }

    @Test
    void theDecoderTakesTheStandardsExampleFrame() {
        List<String> frames = new ArrayList<>();
        List<FrameRejection> rejections = new ArrayList<>();
        Hj212FrameDecoder decoder = new Hj212FrameDecoder(4096, new Hj212FrameDecoder.Listener() {
            @Override
            public void frame(byte[] dataSegment) {
                frames.add(new String(dataSegment, StandardCharsets.US_ASCII));
            }

            @Override
            public void rejected(FrameRejection reason, String detail) {
                rejections.add(reason);
            }
        });
        decoder.feed(STANDARD_FRAME.getBytes(StandardCharsets.US_ASCII));
        assertThat(frames).containsExactly(STANDARD_SEGMENT);
        assertThat(rejections).isEmpty();
    }

    @Test
    void crcModbusWouldNotMatch() {
        // the commonly confused CRC-16/MODBUS (byte XORed into the low byte, no shift by 8) gives another code
        byte[] data = STANDARD_SEGMENT.getBytes(StandardCharsets.US_ASCII);
        int modbus = 0xFFFF;
        for (byte b : data) {
            modbus ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                modbus = (modbus & 1) != 0 ? (modbus >>> 1) ^ 0xA001 : modbus >>> 1;
            }
        }
        assertThat(modbus).isNotEqualTo(0x1C80);
    }
}
