package org.appeals.ok.inbound;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks again at updates not handled yet — after a restart, a gateway outage or a worker that died — and at the
 * webhook subscription until it is in place. Every instance sweeps; the per-update lease keeps them apart.
 */
@Component
class UpdateSweep {

    private static final int BATCH = 50;

    private final StoredUpdates updates;
    private final UpdateProcessor processor;
    private final WebhookSubscription subscription;
    private final Clock clock;

    UpdateSweep(StoredUpdates updates, UpdateProcessor processor, WebhookSubscription subscription, Clock clock) {
        this.updates = updates;
        this.processor = processor;
        this.subscription = subscription;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${appeals.ok.sweep-interval}", initialDelayString = "${appeals.ok.sweep-interval}")
    void sweep() {
        subscription.ensure();
        updates.due(clock.instant(), BATCH).forEach(processor::process);
    }
}
