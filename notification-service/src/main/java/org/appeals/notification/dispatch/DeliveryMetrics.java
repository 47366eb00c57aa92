package org.appeals.notification.dispatch;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.notification.delivery.AttemptResult;
import org.appeals.notification.delivery.DeliveryState;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.notifications} (channel, outcome delivered/failed: a parked delivery has failed),
 * {@code appeals.delivery.attempts} (channel, result) and {@code appeals.delivery.attempts.per.delivery}
 * (channel, outcome), the attempts each delivery took until it ended.
 */
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

    void ended(Channel channel, DeliveryState state, int attempts) {
        String outcome = lower((state == DeliveryState.DELIVERED ? DeliveryOutcome.DELIVERED : DeliveryOutcome.FAILED).name());
        registry.counter("appeals.notifications", "channel", channel.name(), "outcome", outcome).increment();
        DistributionSummary.builder("appeals.delivery.attempts.per.delivery")
                .description("attempts a delivery took until it was delivered or parked")
                .tags("channel", channel.name(), "outcome", outcome)
                .serviceLevelObjectives(1, 2, 3, 4, 6, 10)
                .register(registry).record(attempts);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
