package org.appeals.routing.assignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.routed} counts decisions by category, municipality, outcome (assigned/triage) and method
 * (auto/operator/redirect); {@code appeals.redirects} counts departments' "not ours" by category;
 * {@code appeals.triage.size} is how many appeals wait for an operator.
 */
@Component
public class RoutingMetrics {

    private static final Logger log = LoggerFactory.getLogger(RoutingMetrics.class);

    private final MeterRegistry registry;

    RoutingMetrics(MeterRegistry registry, RoutedAppeals appeals) {
        this.registry = registry;
        Gauge.builder("appeals.triage.size", appeals, RoutingMetrics::triageSize)
                .description("Appeals waiting in manual triage")
                .register(registry);
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

    // a scrape must not fail because the database is away for a moment: the gauge shows no value then
    private static double triageSize(RoutedAppeals appeals) {
        try {
            return appeals.countInTriage();
        } catch (RuntimeException e) {
            log.warn("triage size unknown: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
