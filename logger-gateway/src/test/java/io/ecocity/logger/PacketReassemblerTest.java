package io.ecocity.logger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.logger.domain.Hj212Packet;
import io.ecocity.logger.domain.PacketReassembler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reassembly of split packets alone: order, and each of its bounds. Plain unit test. */
class PacketReassemblerTest {

    private final List<String> dropped = new ArrayList<>();
    private final PacketReassembler reassembler = new PacketReassembler(4, 2, 1_000,
            (piece, reason) -> dropped.add(piece.qn() + "/" + piece.pno()));

    private static Hj212Packet piece(String qn, int pnum, int pno) {
        return new Hj212Packet(qn, "22", "2061", "pw", "MN1", 7, pnum, pno, "a34004-Avg=" + pno);
    }

    @Test
    void piecesInAnyOrderComeOutInPnoOrder() {
        assertThat(reassembler.offer(piece("Q1", 3, 3), 0)).isEmpty();
        assertThat(reassembler.offer(piece("Q1", 3, 1), 0)).isEmpty();
        List<Hj212Packet> whole = reassembler.offer(piece("Q1", 3, 2), 0).orElseThrow();
        assertThat(whole).extracting(Hj212Packet::pno).containsExactly(1, 2, 3);
        assertThat(reassembler.pendingPackets()).isZero();
        assertThat(dropped).isEmpty();
    }

    @Test
    void tooManyPiecesTooManyPendingAndTooLateAreDropped() {
        assertThat(reassembler.offer(piece("BIG", 5, 1), 0)).isEmpty();
        assertThat(dropped).containsExactly("BIG/1");

        reassembler.offer(piece("A", 2, 1), 0);
        reassembler.offer(piece("B", 2, 1), 10);
        reassembler.offer(piece("C", 2, 1), 20);
        // at most two wait at once: the oldest (A) made room for C
        assertThat(dropped).containsExactly("BIG/1", "A/1");
        assertThat(reassembler.pendingPackets()).isEqualTo(2);

        reassembler.expire(1_015);
        assertThat(dropped).containsExactly("BIG/1", "A/1", "B/1");
        assertThat(reassembler.offer(piece("C", 2, 2), 1_015)).isPresent();
    }
}
