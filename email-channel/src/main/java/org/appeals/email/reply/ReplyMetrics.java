package org.appeals.email.reply;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code appeals.email.replies} by outcome: sent, duplicate (a replay, not sent again), failed, rejected. */
@Component
class ReplyMetrics {

    enum Outcome { SENT, DUPLICATE, FAILED, REJECTED }

    private final MeterRegistry registry;

    ReplyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void replied(Outcome outcome) {
        registry.counter("appeals.email.replies", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
