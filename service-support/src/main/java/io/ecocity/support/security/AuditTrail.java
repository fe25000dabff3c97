package io.ecocity.support.security;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The audit log of writes: entries are queued as answers go out ({@link AuditFilter}) and written by one thread in
 * batches, in transactions of their own, so that an answer never waits for its audit row. The queue is bounded
 * (10,000): if the database falls that far behind, entries are dropped and counted
 * ({@code ecocity.audit.dropped}) rather than holding memory without end; a kill -9 loses the entries of the last
 * fraction of a second.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    public static final String DROPPED = "ecocity.audit.dropped";
    static final int MAX_PATH = 2000;
    private static final int BATCH = 500;

    /** One write as it was answered. */
    public record Entry(long id, Instant at, String client, String address, String method, String path, int status) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(10_000);
    private volatile boolean running;
    private Thread writer;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::drain, "ecocity-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.interrupt();
            writer.join(5_000);
        }
        writeAll();
    }

    public void record(String client, String address, String method, String path, int status) {
        String bounded = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        Entry entry = new Entry(0, Instant.now(), truncate(client, 200), truncate(address, 100), method, bounded, status);
        if (!queue.offer(entry)) {
            Metrics.counter(DROPPED).increment();
        }
    }

    /** Entries after {@code afterId}, oldest first. */
    public List<Entry> after(long afterId, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id, at, client, address, method, path, "
                     + "status from audit_log where id > ? order by id fetch first ? rows only")) {
            select.setLong(1, afterId);
            select.setInt(2, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7)));
                }
            }
            return entries;
        }
    }

    /** Waits until every entry queued so far is written (tests, shutdown). */
    public void flush() {
        writeAll();
    }

    private void drain() {
        while (running) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Entry> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("the audit writer failed once and goes on: %s", e.toString());
            }
        }
    }

    private synchronized void writeAll() {
        List<Entry> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private synchronized void write(List<Entry> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_log (at, client, address, "
                    + "method, path, status) values (?, ?, ?, ?, ?, ?)")) {
                for (Entry entry : batch) {
                    insert.setTimestamp(1, Timestamp.from(entry.at()));
                    insert.setString(2, entry.client());
                    insert.setString(3, entry.address());
                    insert.setString(4, entry.method());
                    insert.setString(5, entry.path());
                    insert.setInt(6, entry.status());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            Metrics.counter(DROPPED).increment(batch.size());
            LOG.warnf("%d audit entries could not be written: %s", batch.size(), e.getMessage());
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
