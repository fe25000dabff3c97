package io.ecocity.logger.messaging;

import io.ecocity.logger.config.LoggerConfig;
import io.ecocity.logger.domain.FrameRejection;
import io.ecocity.logger.domain.Hj212FrameDecoder;
import io.ecocity.logger.domain.Hj212Packet;
import io.ecocity.logger.domain.Hj212Replies;
import io.ecocity.logger.domain.MalformedPacketException;
import io.ecocity.logger.domain.PacketReassembler;
import io.ecocity.logger.service.LoggerMetrics;
import io.ecocity.logger.service.PacketIngestService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One logger's connection. Everything here runs on the connection's event loop; the packets it decodes are stored on
 * the worker pool one after the other (a logger's packets keep their order, connections do not wait for each other),
 * and when too many wait the socket is paused until they are stored. A bad frame costs only itself: it is counted,
 * logged with the device and reason, and decoding resumes at the next {@code ##}.
 */
final class LoggerConnection implements Hj212FrameDecoder.Listener, PacketReassembler.Listener {

    private static final Logger LOG = Logger.getLogger(LoggerConnection.class);
    /** At most this many skipped-packet warnings per connection in a window, so a flood of garbage cannot flood the log. */
    private static final int WARNINGS_PER_WINDOW = 20;
    private static final long WARNING_WINDOW_MILLIS = 10_000;

    private final Vertx vertx;
    private final NetSocket socket;
    private final LoggerConfig config;
    private final PacketIngestService ingest;
    private final LoggerMetrics metrics;
    private final Hj212FrameDecoder decoder;
    private final PacketReassembler reassembler;
    private final String remote;
    private final Runnable onClose;
    private String device = "unidentified";
    private Future<Void> tail = Future.succeededFuture();
    private int queued;
    private boolean paused;
    private boolean closed;
    private long frameTimer = -1;
    private long reassemblyTimer = -1;
    private long warningWindowStart;
    private int warningsInWindow;
    private int suppressedWarnings;

    LoggerConnection(Vertx vertx, NetSocket socket, LoggerConfig config, PacketIngestService ingest,
            LoggerMetrics metrics, Runnable onClose) {
        this.onClose = onClose;
        this.vertx = vertx;
        this.socket = socket;
        this.config = config;
        this.ingest = ingest;
        this.metrics = metrics;
        this.decoder = new Hj212FrameDecoder(config.tcp().maxFrameBytes(), this);
        this.reassembler = new PacketReassembler(config.reassembly().maxPieces(), config.reassembly().maxPending(),
                config.reassembly().timeout().toMillis(), this);
        this.remote = String.valueOf(socket.remoteAddress());
    }

    void start() {
        socket.handler(this::received);
        socket.closeHandler(ignored -> closed());
        socket.exceptionHandler(e -> LOG.debugf("logger connection %s: %s", remote, e.getMessage()));
    }

    private void received(Buffer data) {
        decoder.feed(data.getBytes());
        watchPartialFrame();
    }

    private void watchPartialFrame() {
        if (decoder.holdsPartialFrame()) {
            if (frameTimer < 0) {
                frameTimer = vertx.setTimer(config.tcp().frameTimeout().toMillis(), id -> {
                    frameTimer = -1;
                    decoder.expirePartialFrame();
                });
            }
        } else if (frameTimer >= 0) {
            vertx.cancelTimer(frameTimer);
            frameTimer = -1;
        }
    }

    @Override
    public void frame(byte[] dataSegment) {
        // a frame is complete: the partial-frame clock starts again for whatever follows it
        if (frameTimer >= 0) {
            vertx.cancelTimer(frameTimer);
            frameTimer = -1;
        }
        Hj212Packet packet;
        try {
            packet = Hj212Packet.parse(dataSegment);
        } catch (MalformedPacketException e) {
            rejected(FrameRejection.BAD_SEGMENT, e.getMessage());
            return;
        }
        device = packet.mn();
        reassembler.offer(packet, System.currentTimeMillis()).ifPresent(this::store);
        watchReassembly();
    }

    private void watchReassembly() {
        if (reassembler.pendingPackets() > 0 && reassemblyTimer < 0) {
            long period = Math.max(100, config.reassembly().timeout().toMillis() / 4);
            reassemblyTimer = vertx.setPeriodic(period, id -> {
                reassembler.expire(System.currentTimeMillis());
                if (reassembler.pendingPackets() == 0) {
                    vertx.cancelTimer(reassemblyTimer);
                    reassemblyTimer = -1;
                }
            });
        }
    }

    private void store(List<Hj212Packet> pieces) {
        queued++;
        if (queued >= config.tcp().maxQueuedPackets() && !paused) {
            paused = true;
            socket.pause();
        }
        tail = tail.transform(previous -> vertx.executeBlocking(() -> ingest.ingest(pieces), false))
                .map(result -> {
                    stored(pieces.get(0), result);
                    return (Void) null;
                })
                .otherwise(failure -> {
                    // ingest() answers every failure itself; this is a fault of the gateway, not of the packet
                    LOG.errorf(failure, "packet from %s (device %s) could not be handled", remote, pieces.get(0).mn());
                    metrics.rejected(FrameRejection.STORAGE_FAILURE);
                    return null;
                })
                .onComplete(ignored -> {
                    queued--;
                    if (paused && queued <= config.tcp().maxQueuedPackets() / 2) {
                        paused = false;
                        socket.resume();
                    }
                });
    }

    private void stored(Hj212Packet packet, PacketIngestService.Result result) {
        if (result.rejection() != null) {
            device = packet.mn();
            rejected(result.rejection(), result.detail());
            return;
        }
        LOG.debugf("packet CN=%s QN=%s from device %s taken: %s", packet.cn(), packet.qn(), packet.mn(), result.detail());
        if (result.acknowledge() && packet.asksForAcknowledgement(config.ackFlagMask()) && !closed) {
            // only now: the packet's event (if any) is committed to the outbox
            socket.write(Buffer.buffer(Hj212Replies.dataResponse(packet)));
            metrics.acknowledged();
        }
    }

    @Override
    public void rejected(FrameRejection reason, String detail) {
        metrics.rejected(reason);
        warn("packet from %s (device %s) skipped, %s: %s", remote, device, reason.tag(), detail);
    }

    @Override
    public void dropped(Hj212Packet piece, String reason) {
        metrics.rejected(FrameRejection.REASSEMBLY);
        warn("piece %d of %d of packet QN=%s from %s (device %s) dropped, %s: %s", piece.pno(), piece.pnum(),
                piece.qn(), remote, piece.mn(), FrameRejection.REASSEMBLY.tag(), reason);
    }

    private void warn(String format, Object... parameters) {
        long now = System.currentTimeMillis();
        if (now - warningWindowStart > WARNING_WINDOW_MILLIS) {
            if (suppressedWarnings > 0) {
                LOG.warnf("%d more skipped packets from %s (device %s) were not logged; see %s", suppressedWarnings,
                        remote, device, LoggerMetrics.REJECTED);
            }
            warningWindowStart = now;
            warningsInWindow = 0;
            suppressedWarnings = 0;
        }
        if (warningsInWindow++ < WARNINGS_PER_WINDOW) {
            LOG.warnf(format, parameters);
        } else {
            suppressedWarnings++;
        }
    }

    private void closed() {
        closed = true;
        onClose.run();
        if (frameTimer >= 0) {
            vertx.cancelTimer(frameTimer);
        }
        if (reassemblyTimer >= 0) {
            vertx.cancelTimer(reassemblyTimer);
        }
        // pieces still waiting can never be completed now
        reassembler.expire(Long.MAX_VALUE);
    }
}
