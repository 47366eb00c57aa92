package org.appeals.ok.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code appeals_ok_replies_total{outcome}}: delivered, failed (the chat cannot be written to, OK refused it),
 * duplicate (a delivery already taken), refused (a webhook call without a valid signature), deferred (OK's limits or
 * the open circuit: tried again later).
 */
@Component
class ReplyMetrics {

    enum Outcome { DELIVERED, FAILED, DUPLICATE, REFUSED, DEFERRED }

    private final MeterRegistry registry;

    ReplyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void reply(Outcome outcome) {
        registry.counter("appeals.ok.replies", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
