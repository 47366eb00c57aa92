package org.appeals.department.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts appeals that joined an existing incident; department ids are a bounded directory, fit for a tag. */
@Component
class IncidentMetrics {

    private final MeterRegistry registry;

    IncidentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void grouped(String departmentId) {
        Counter.builder("appeals.incident.grouped")
                .description("Appeals that joined an incident already reported by another appeal")
                .tag("department", departmentId)
                .register(registry)
                .increment();
    }
}
