package org.appeals.gateway.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.gateway.access.Route;
import org.appeals.support.web.Role;

/** Counts requests in {@code gateway.requests} by role, route and outcome (all low-cardinality). */
class GuardMetrics {

    private final MeterRegistry registry;

    GuardMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Role role, Route route, Outcome outcome) {
        Counter.builder("gateway.requests")
                .description("Requests through the gateway, by the caller's role, the route and what became of them")
                .tag("role", role == null ? "none" : role.name().toLowerCase(Locale.ROOT))
                .tag("route", route.tag())
                .tag("outcome", outcome.tag())
                .register(registry)
                .increment();
    }
}
