package org.appeals.vk.callback;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.vk.events{type}}: every Callback API request by its type, plus {@code rejected} (wrong secret or
 * group) and {@code duplicate} (an event VK sent again); {@code appeals.vk.appeals.submitted{kind}}: appeal or reply.
 */
@Component
class CallbackMetrics {

    private final MeterRegistry registry;

    CallbackMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void event(String type) {
        registry.counter("appeals.vk.events", "type", type).increment();
    }

    void submitted(String kind) {
        registry.counter("appeals.vk.appeals.submitted", "kind", kind).increment();
    }
}
