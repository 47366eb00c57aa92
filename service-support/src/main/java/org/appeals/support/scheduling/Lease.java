package org.appeals.support.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standing lease on a ShedLock lock: the instance that holds it renews it on every {@link #hold()} and keeps it
 * while it lives; the others take it only once the holder stopped renewing for a whole term. For continuous duties
 * of one elected instance, where {@code @SchedulerLock} (taken and released per run) would hand the duty from
 * instance to instance.
 */
final class Lease {

    private static final Logger log = LoggerFactory.getLogger(Lease.class);

    private final LockProvider locks;
    private final String name;
    private final Duration term;
    private SimpleLock lock;
    private Instant heldUntil = Instant.MIN;

    Lease(LockProvider locks, String name, Duration term) {
        this.locks = locks;
        this.name = name;
        this.term = term;
    }

    /** Renews the lease if this instance holds it, takes it if it is free; true while this instance holds it. */
    synchronized boolean hold() {
        Instant now = ClockProvider.now();
        try {
            // renew only while it is surely still ours: after the term another instance may hold it already
            Optional<SimpleLock> renewed = lock != null && now.isBefore(heldUntil)
                    ? lock.extend(term, Duration.ZERO)
                    : locks.lock(new LockConfiguration(now, name, term, Duration.ZERO));
            lock = renewed.orElse(null);
            heldUntil = renewed.isPresent() ? now.plus(term) : Instant.MIN;
        } catch (RuntimeException e) {
            // the store is away: the lease is ours until its term ends, and then nobody's
            log.warn("lease {} not renewed: {}", name, e.getMessage());
        }
        return now.isBefore(heldUntil);
    }
}
