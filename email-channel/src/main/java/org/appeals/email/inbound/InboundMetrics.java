package org.appeals.email.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code appeals.email.received} (outcome) and {@code appeals.email.submitted} (kind: appeal or response). */
@Component
class InboundMetrics {

    private final MeterRegistry registry;

    InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(MailOutcome outcome) {
        registry.counter("appeals.email.received", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    void submitted(boolean response) {
        registry.counter("appeals.email.submitted", "kind", response ? "response" : "appeal").increment();
    }
}
