package org.appeals.routing.assignment;

import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes decisions that were stored but never published. Together with storing before publishing this makes
 * every decision reach appeals.assigned at least once, always under its own event id. Every instance schedules it,
 * but a run holds the lease {@code routing.outbox-relay} in {@code scheduler_locks}, so only one instance relays
 * at a time and a decision is not published by two instances at once. Not final and called through the bean: the
 * lease is taken by the ShedLock proxy around {@link #relay()}.
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

    /**
     * One run over the due decisions. The lease is given back when the run ends; it lapses by itself only when the
     * holder died mid-run, after 30 s, and then another instance relays in its place. A run stops at the first
     * decision the broker does not take (it is away: the rest would only wait out the same 2 s each), so it stays
     * far below the term.
     */
    @Scheduled(fixedDelayString = "${appeals.routing.outbox.interval:5s}")
    @SchedulerLock(name = "routing.outbox-relay", lockAtMostFor = "PT30S")
    public void relay() {
        try {
            var due = appeals.unpublished(Instant.now().minus(properties.minAge()), properties.batchSize());
            long published = due.stream().takeWhile(publisher::publish).count();
            if (published > 0) {
                log.info("outbox relay published {} of {} pending decisions", published, due.size());
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay run failed, next run retries: {}", e.getMessage());
        }
    }
}
