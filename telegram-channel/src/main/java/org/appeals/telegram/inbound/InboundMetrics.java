package org.appeals.telegram.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code appeals_telegram_events_total{type}} and {@code appeals_telegram_appeals_submitted_total{kind}}. */
@Component
class InboundMetrics {

    private final MeterRegistry registry;

    InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void event(String type) {
        registry.counter("appeals.telegram.events", "type", type).increment();
    }

    void submitted(String kind) {
        registry.counter("appeals.telegram.appeals.submitted", "kind", kind).increment();
    }
}
