package org.appeals.routing.assignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.Category;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.routed} counts decisions by category, municipality, outcome (assigned/triage) and method
 * (auto/operator/redirect); {@code appeals.redirects} counts departments' "not ours" by category. Each instance
 * counts what it did itself, so {@code sum} over instances is right; the triage size, counted over the whole
 * database, is {@link TriageSizeGauge}'s.
 */
@Component
public class RoutingMetrics {

    private final MeterRegistry registry;

    RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts a decision once, when it is taken. */
    public void routed(Decision decision) {
        Counter.builder("appeals.routed")
                .description("Routing decisions taken")
                .tag("category", decision.category().name())
                .tag("municipality", decision.municipality().name())
                .tag("outcome", decision.outcome().name().toLowerCase(Locale.ROOT))
                .tag("method", decision.method().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    /** Counts a department's "not ours" that routing acted on. */
    public void redirected(Category category) {
        Counter.builder("appeals.redirects")
                .description("Departments' \"not ours\" answers routing acted on")
                .tag("category", category.name())
                .register(registry)
                .increment();
    }
}
