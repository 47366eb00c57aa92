package org.appeals.support.outbox;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes what requests left in the outboxes: the broker was away, or the instance stopped between storing and
 * publishing. Every instance schedules it, but a round holds the lock {@code outbox-relay} in the service's
 * {@code scheduler_locks}, so N instances publish a stranded event once, not N times.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outboxes outboxes;
    private final OutboxProperties properties;
    private final Clock clock;

    OutboxRelay(Outboxes outboxes, OutboxProperties properties, Clock clock) {
        this.outboxes = outboxes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One round over every outbox. A round stops at the first event the broker does not take, after at most
     * {@code appeals.kafka.ack-timeout} (2 s), so 30 s outlive any round; a lock left by an instance that died
     * mid-round frees itself by then. Public and called through the bean: ShedLock's proxy takes the lock.
     */
    @Scheduled(fixedDelayString = "${appeals.outbox.interval:5s}", initialDelayString = "${appeals.outbox.interval:5s}")
    @SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT30S")
    public void relay() {
        var cutoff = clock.instant().minus(properties.grace());
        for (Outbox outbox : outboxes.all()) {
            try {
                if (!outbox.relay(cutoff, properties.batchSize())) {
                    return;
                }
            } catch (RuntimeException e) {
                log.warn("outbox relay round over {} failed, the next round retries: {}", outbox.name(), e.getMessage());
                return;
            }
        }
    }
}
