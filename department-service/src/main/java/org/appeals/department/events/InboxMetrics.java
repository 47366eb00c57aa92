package org.appeals.department.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts appeals entering a department's inbox; department ids are a bounded directory, fit for a tag. */
@Component
class InboxMetrics {

    private final MeterRegistry registry;

    InboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void entered(String departmentId) {
        Counter.builder("appeals.assigned.inbox")
                .description("Appeals placed in a department's inbox")
                .tag("department", departmentId)
                .register(registry)
                .increment();
    }
}
