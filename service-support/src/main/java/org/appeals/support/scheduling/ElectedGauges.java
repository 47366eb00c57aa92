package org.appeals.support.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockProvider;

/** Makes {@link ElectedGauge}s: one lease per gauge, in the service's {@code scheduler_locks}. */
public final class ElectedGauges {

    private final LockProvider locks;
    private final MeterRegistry registry;

    ElectedGauges(LockProvider locks, MeterRegistry registry) {
        this.locks = locks;
        this.registry = registry;
    }

    /**
     * A gauge refreshed every {@code refreshInterval}; the lease lasts three intervals, so one missed refresh does not
     * hand the gauge over, and a dead reporter is replaced within three.
     */
    public ElectedGauge gauge(String name, String description, Duration refreshInterval) {
        return new ElectedGauge(name, description, new Lease(locks, "gauge:" + name, refreshInterval.multipliedBy(3)),
                registry);
    }
}
