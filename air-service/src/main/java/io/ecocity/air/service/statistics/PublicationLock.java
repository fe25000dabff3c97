package io.ecocity.air.service.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs each publication in its own transaction, one at a time in this process: the "what was last published"
 * rows are read, compared and written in one go, so a target set over REST and a recomputation never both publish
 * the same change. The lock is held until the commit.
 */
@ApplicationScoped
public class PublicationLock {

    private final ReentrantLock lock = new ReentrantLock();

    public <T> T inNewTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            lock.unlock();
        }
    }
}
