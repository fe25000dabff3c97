package io.ecocity.water.reliability;

import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;

/**
 * A test handler on its own topic that writes each event to table {@code consumer_probe} of the real database:
 * while the table is missing every write fails in the database, as when the database is away; a body starting
 * with "reject" is bad content.
 */
@ApplicationScoped
public class ProbeTableHandler implements EventHandler {

    static final String TOPIC = "test.consumer-probe";

    private final EntityManager entityManager;

    public ProbeTableHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (event.body().startsWith("reject")) {
            throw new RejectedEventException("probe rejects '" + event.body() + "'");
        }
        entityManager.createNativeQuery("insert into consumer_probe (id, body) values (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, event.body())
                .executeUpdate();
    }
}
