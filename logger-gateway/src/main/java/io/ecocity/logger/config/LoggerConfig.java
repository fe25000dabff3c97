package io.ecocity.logger.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway listens for data loggers and how far it trusts what they send. */
@ConfigMapping(prefix = "ecocity.logger")
public interface LoggerConfig {

    Tcp tcp();

    Reassembly reassembly();

    /**
     * The Flag bits that ask for a response. HJ 212-2017 §6.3.3 puts it in bit 0 (A: 1 = answer); a logger built to
     * another reading can be served by changing the mask.
     */
    @WithDefault("1")
    int ackFlagMask();

    interface Tcp {
        /** 0 picks a free port (tests); the bound port is in the readiness check. */
        @WithDefault("8212")
        int port();

        @WithDefault("0.0.0.0")
        String host();

        /** The largest frame accepted, {@code ##}, length, data segment, CRC and CR LF included. */
        @WithDefault("4096")
        int maxFrameBytes();

        /** How long the rest of a started frame may take to arrive before what came is dropped as truncated. */
        @WithDefault("PT30S")
        Duration frameTimeout();

        /** A connection silent this long is closed; a logger reconnects when it has data. */
        @WithDefault("PT15M")
        Duration idleTimeout();

        /** Packets of one connection waiting to be stored before the gateway stops reading from it. */
        @WithDefault("64")
        int maxQueuedPackets();
    }

    interface Reassembly {
        @WithDefault("32")
        int maxPieces();

        /** Split packets that may wait for their pieces at once on one connection. */
        @WithDefault("8")
        int maxPending();

        @WithDefault("PT60S")
        Duration timeout();
    }
}
