package org.appeals.ok.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code appeals_ok_events_total{type}} (message, duplicate, other, refused: a call without the secret) and
 * {@code appeals_ok_appeals_submitted_total{kind}} (appeal, reply, ignored, failed).
 */
@Component
class InboundMetrics {

    enum Event { MESSAGE, DUPLICATE, OTHER, REFUSED }

    enum Kind { APPEAL, REPLY, IGNORED, FAILED }

    private final MeterRegistry registry;

    InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void event(Event type) {
        registry.counter("appeals.ok.events", "type", type.name().toLowerCase(Locale.ROOT)).increment();
    }

    void submitted(Kind kind) {
        registry.counter("appeals.ok.appeals.submitted", "kind", kind.name().toLowerCase(Locale.ROOT)).increment();
    }
}
