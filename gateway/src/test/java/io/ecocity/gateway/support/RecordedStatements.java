package io.ecocity.gateway.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares on the recording thread, so a test can look at the plans of the real reads;
 * and, always, what the event consumer's thread prepares, taken poll by poll by {@link AppliedPolls}. With JDBC
 * batching a statement is prepared once per batch, however many rows it writes.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> CONSUMER = ThreadLocal.withInitial(ArrayList::new);
    private static final String CONSUMER_THREAD = "event-consumer";

    /** What the calling thread, the event consumer's, prepared since it last took them. */
    static List<String> takeConsumerStatements() {
        List<String> taken = List.copyOf(CONSUMER.get());
        CONSUMER.get().clear();
        return taken;
    }

    public static void start() {
        RECORDING.set(new ArrayList<>());
    }

    public static List<String> stop() {
        List<String> recorded = RECORDING.get();
        RECORDING.remove();
        return recorded == null ? List.of() : recorded;
    }

    @Override
    public String inspect(String sql) {
        List<String> recorded = RECORDING.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        if (Thread.currentThread().getName().equals(CONSUMER_THREAD)) {
            CONSUMER.get().add(sql);
        }
        return sql;
    }
}
