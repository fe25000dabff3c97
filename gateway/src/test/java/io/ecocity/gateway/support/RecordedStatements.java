package io.ecocity.gateway.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL that Hibernate prepares on the recording thread, so a test can look at the plans of the real reads. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

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
        return sql;
    }
}
