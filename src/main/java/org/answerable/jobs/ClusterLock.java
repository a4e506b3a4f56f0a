package org.answerable.jobs;

import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.stereotype.Component;

/** Runs work on one app instance at a time, across every instance sharing the database. */
@Component
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcLockRegistry registry;

    ClusterLock(JdbcLockRegistry registry) {
        this.registry = registry;
    }

    /** The work's result; empty, without waiting, when another instance (or thread) holds the lock. */
    public <T> Optional<T> runAlone(String lockName, Supplier<T> work) {
        Lock lock = registry.obtain(lockName);
        boolean acquired;
        try {
            acquired = lock.tryLock();
        } catch (RuntimeException e) {
            log.warn("Could not take the job lock {}: {}", lockName, e.getMessage());
            return Optional.empty();
        }
        if (!acquired) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            try {
                lock.unlock();
            } catch (RuntimeException e) {
                // The lock expired while the work ran (it took longer than its time to live); the work is done.
                log.warn("The job lock {} had expired when released: {}", lockName, e.getMessage());
            }
        }
    }
}
