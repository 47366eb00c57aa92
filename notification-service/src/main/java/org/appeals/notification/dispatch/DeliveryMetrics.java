package org.appeals.notification.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.AttemptResult;
import org.appeals.notification.delivery.DeliveryState;
import org.springframework.stereotype.Component;

/** {@code appeals.notifications} (channel, outcome) and {@code appeals.delivery.attempts} (channel, result). */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempted(Channel channel, AttemptResult result) {
        registry.counter("appeals.delivery.attempts", "channel", channel.name(), "result", lower(result.name()))
                .increment();
    }

    void ended(Channel channel, DeliveryState outcome) {
        registry.counter("appeals.notifications", "channel", channel.name(), "outcome", lower(outcome.name()))
                .increment();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
