package io.ecocity.logger.domain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts split packets (Flag bit D, PNUM pieces numbered PNO) of one connection back together. Bounded: a packet of
 * more than {@code maxPieces} pieces is refused, at most {@code maxPending} packets wait for their pieces at once
 * (the oldest is dropped for a new one) and a packet whose pieces stop coming is dropped after {@code timeoutMillis}.
 * Every drop is reported to the listener.
 */
public final class PacketReassembler {

    /** Told of every piece dropped. */
    public interface Listener {
        void dropped(Hj212Packet piece, String reason);
    }

    private final int maxPieces;
    private final int maxPending;
    private final long timeoutMillis;
    private final Listener listener;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    public PacketReassembler(int maxPieces, int maxPending, long timeoutMillis, Listener listener) {
        this.maxPieces = maxPieces;
        this.maxPending = maxPending;
        this.timeoutMillis = timeoutMillis;
        this.listener = listener;
    }

    /** The pieces in PNO order once {@code piece} completes its packet; an unsplit packet is complete by itself. */
    public Optional<List<Hj212Packet>> offer(Hj212Packet piece, long nowMillis) {
        expire(nowMillis);
        if (!piece.split()) {
            return Optional.of(List.of(piece));
        }
        if (piece.pnum() > maxPieces) {
            listener.dropped(piece, "PNUM " + piece.pnum() + " is above the maximum of " + maxPieces + " pieces");
            return Optional.empty();
        }
        String key = piece.mn() + '|' + piece.qn() + '|' + piece.cn() + '|' + piece.pnum();
        Pending waiting = pending.get(key);
        if (waiting == null) {
            if (pending.size() >= maxPending) {
                Iterator<Pending> oldest = pending.values().iterator();
                Pending evicted = oldest.next();
                oldest.remove();
                evicted.pieces.values().forEach(p -> listener.dropped(p, "more than " + maxPending
                        + " split packets waiting for their pieces on one connection"));
            }
            waiting = new Pending(nowMillis);
            pending.put(key, waiting);
        }
        waiting.pieces.put(piece.pno(), piece);
        if (waiting.pieces.size() < piece.pnum()) {
            return Optional.empty();
        }
        pending.remove(key);
        return Optional.of(new ArrayList<>(waiting.pieces.values()));
    }

    /** Drops the packets whose pieces have waited longer than the timeout. */
    public void expire(long nowMillis) {
        Iterator<Pending> all = pending.values().iterator();
        while (all.hasNext()) {
            Pending waiting = all.next();
            if (nowMillis - waiting.since > timeoutMillis) {
                all.remove();
                waiting.pieces.values().forEach(p -> listener.dropped(p, "the other pieces of the split packet did"
                        + " not come within " + timeoutMillis + " ms"));
            }
        }
    }

    public int pendingPackets() {
        return pending.size();
    }

    private static final class Pending {
        final long since;
        final Map<Integer, Hj212Packet> pieces = new TreeMap<>();

        Pending(long since) {
            this.since = since;
        }
    }
}
