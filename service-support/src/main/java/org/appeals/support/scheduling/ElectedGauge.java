package org.appeals.support.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gauge counted over the whole database (appeals by state, triage size, parked deliveries) that only one instance
 * of the service reports: the holder of the gauge's lease. The others report no series at all, so {@code sum} over
 * instances counts every appeal once, and a dead reporter is replaced by another instance within the lease's term.
 */
public final class ElectedGauge {

    private static final Logger log = LoggerFactory.getLogger(ElectedGauge.class);

    private final String name;
    private final Lease lease;
    private final MultiGauge gauge;

    ElectedGauge(String name, String description, Lease lease, MeterRegistry registry) {
        this.name = name;
        this.lease = lease;
        this.gauge = MultiGauge.builder(name).description(description).register(registry);
    }

    /**
     * Called on the service's schedule: the holder counts and reports, the others withdraw their series. A count that
     * fails (store away) leaves the last reported values until the lease lapses.
     */
    public void refresh(Supplier<Map<Tags, ? extends Number>> counts) {
        if (!lease.hold()) {
            gauge.register(List.of(), true);
            return;
        }
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            counts.get().forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
            gauge.register(rows, true);
        } catch (RuntimeException e) {
            log.warn("{} not refreshed: {}", name, e.getMessage());
        }
    }
}
