package io.ecocity.logger.messaging;

import io.ecocity.logger.config.LoggerConfig;
import io.ecocity.logger.service.LoggerMetrics;
import io.ecocity.logger.service.PacketIngestService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The TCP listener of the data loggers: a Vert.x NetServer on the event loop, no thread per connection. Decoding
 * happens on the event loop; storing goes to the worker pool, in order per connection (see {@link LoggerConnection}).
 */
@ApplicationScoped
public class Hj212TcpServer {

    private static final Logger LOG = Logger.getLogger(Hj212TcpServer.class);

    private final Vertx vertx;
    private final LoggerConfig config;
    private final PacketIngestService ingest;
    private final LoggerMetrics metrics;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile NetServer server;
    private volatile int port = -1;

    public Hj212TcpServer(Vertx vertx, LoggerConfig config, PacketIngestService ingest, LoggerMetrics metrics,
            MeterRegistry meters) {
        this.vertx = vertx;
        this.config = config;
        this.ingest = ingest;
        this.metrics = metrics;
        Gauge.builder("ecocity.logger.connections", connections, AtomicInteger::get)
                .description("Data logger connections open now").register(meters);
    }

    void onStart(@Observes StartupEvent startup) throws Exception {
        NetServerOptions options = new NetServerOptions()
                .setHost(config.tcp().host())
                .setPort(config.tcp().port())
                .setTcpKeepAlive(true)
                .setIdleTimeout((int) config.tcp().idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS);
        NetServer created = vertx.createNetServer(options);
        created.connectHandler(socket -> {
            connections.incrementAndGet();
            new LoggerConnection(vertx, socket, config, ingest, metrics, connections::decrementAndGet).start();
        });
        server = created.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        port = server.actualPort();
        LOG.infof("HJ 212 listener on %s:%d", config.tcp().host(), port);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        NetServer current = server;
        server = null;
        if (current != null) {
            try {
                current.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debugf("closing the HJ 212 listener: %s", e.getMessage());
            }
        }
    }

    /** The port bound, or -1 before start. */
    public int port() {
        return port;
    }

    public boolean listening() {
        return server != null && port > 0;
    }

    public int connections() {
        return connections.get();
    }
}
