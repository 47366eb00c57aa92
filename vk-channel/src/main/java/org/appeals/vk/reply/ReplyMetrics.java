package org.appeals.vk.reply;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code appeals.vk.replies{outcome}}: delivered, failed (VK refused for good), held (VK away or token refused), duplicate. */
@Component
class ReplyMetrics {

    enum Outcome { DELIVERED, FAILED, HELD, DUPLICATE }

    private final MeterRegistry registry;

    ReplyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void replied(Outcome outcome) {
        registry.counter("appeals.vk.replies", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
