package org.appeals.routing.assignment;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes decisions that were stored but never published. Together with storing before publishing this makes
 * every decision reach appeals.assigned at least once, always under its own event id.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final RoutedAppeals appeals;
    private final DecisionPublisher publisher;
    private final OutboxProperties properties;

    OutboxRelay(RoutedAppeals appeals, DecisionPublisher publisher, OutboxProperties properties) {
        this.appeals = appeals;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${appeals.routing.outbox.interval:5s}")
    void relay() {
        try {
            var due = appeals.unpublished(Instant.now().minus(properties.minAge()), properties.batchSize());
            long published = due.stream().filter(publisher::publish).count();
            if (published > 0) {
                log.info("outbox relay published {} of {} pending decisions", published, due.size());
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay run failed, next run retries: {}", e.getMessage());
        }
    }
}
