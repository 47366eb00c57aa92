package org.appeals.routing.classify;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The classifier's confidence histogram, {@code appeals.routing.confidence} (Prometheus
 * {@code appeals_routing_confidence_bucket}), tagged by what it measures: the category or the municipality.
 */
final class ClassificationMetrics {

    static final String NAME = "appeals.routing.confidence";
    private static final double[] BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private final DistributionSummary category;
    private final DistributionSummary municipality;

    ClassificationMetrics(MeterRegistry registry) {
        this.category = summary(registry, "category");
        this.municipality = summary(registry, "municipality");
    }

    void record(Classification classification) {
        category.record(classification.categoryConfidence());
        municipality.record(classification.municipalityConfidence());
    }

    private static DistributionSummary summary(MeterRegistry registry, String of) {
        return DistributionSummary.builder(NAME)
                .description("How sure the classifier was of each appeal, 0..1")
                .tag("of", of)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
