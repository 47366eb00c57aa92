package org.appeals.intake.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.appeals.contracts.AppealReceived;
import org.appeals.intake.appeal.Appeals;
import org.springframework.stereotype.Component;

/**
 * Republishes appeals whose AppealReceived the broker did not acknowledge, with the eventId fixed when they were
 * stored, so consumers that already saw a copy ignore the repeat. Counts them in {@code appeals.outbox.republished}.
 */
@Component
class OutboxRelay {

    private final Appeals appeals;
    private final ReceivedOutbox outbox;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter republished;

    OutboxRelay(Appeals appeals, ReceivedOutbox outbox, OutboxProperties properties, Clock clock,
                MeterRegistry registry) {
        this.appeals = appeals;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.republished = registry.counter("appeals.outbox.republished");
    }

    void relayPending() {
        var registeredBefore = clock.instant().minus(properties.grace());
        for (AppealReceived event : appeals.unpublished(registeredBefore, properties.batchSize())) {
            if (!outbox.publish(event)) {
                return; // the broker is still away: the next round tries again
            }
            republished.increment();
        }
    }
}
