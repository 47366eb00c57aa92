package org.appeals.routing.classify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The classifier's confidence histogram, {@code appeals.routing.confidence} (Prometheus
 * {@code appeals_routing_confidence_bucket}), tagged by what it measures: the category or the municipality; and
 * {@code appeals.routing.hints} ({@code appeals_routing_hints_total}), what residents' category hints did, by effect
 * (agreed, tipped, alone, outweighed, unknown: a code the taxonomy does not know, ignored).
 */
final class ClassificationMetrics {

    static final String NAME = "appeals.routing.confidence";
    static final String HINTS = "appeals.routing.hints";
    private static final double[] BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    private final DistributionSummary category;
    private final DistributionSummary municipality;
    private final Map<HintEffect, Counter> hints = new EnumMap<>(HintEffect.class);

    ClassificationMetrics(MeterRegistry registry) {
        this.category = summary(registry, "category");
        this.municipality = summary(registry, "municipality");
        for (HintEffect effect : HintEffect.values()) {
            if (effect != HintEffect.NONE) {
                hints.put(effect, Counter.builder(HINTS)
                        .description("Residents' category hints weighed by the classifier, by what they did")
                        .tag("effect", effect.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
        }
    }

    void record(Classification classification) {
        category.record(classification.categoryConfidence());
        municipality.record(classification.municipalityConfidence());
        Counter hint = hints.get(classification.hintEffect());
        if (hint != null) {
            hint.increment();
        }
    }

    private static DistributionSummary summary(MeterRegistry registry, String of) {
        return DistributionSummary.builder(NAME)
                .description("How sure the classifier was of each appeal, 0..1")
                .tag("of", of)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
