package org.appeals.telegram.reply;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code appeals_telegram_replies_total{outcome}}: delivered, failed, retried, duplicate. */
@Component
class ReplyMetrics {

    private final MeterRegistry registry;

    ReplyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void reply(String outcome) {
        registry.counter("appeals.telegram.replies", "outcome", outcome).increment();
    }
}
