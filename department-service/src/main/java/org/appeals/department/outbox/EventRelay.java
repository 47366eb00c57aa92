package org.appeals.department.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.OutboxEvent;
import org.appeals.support.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events an appeal's change stored in its outbox, in order, and drops each once the broker
 * acknowledged it. What a request could not publish (broker away, service stopped) the scheduled relay publishes
 * later; young events are left to the request still publishing them. Of several instances one relays at a time
 * (ShedLock's lock {@code department.outbox-relay}), so an event is not published by each of them.
 */
@Component
public class EventRelay {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final OutboxStore store;
    private final EventPublisher publisher;
    private final OutboxProperties properties;

    EventRelay(OutboxStore store, EventPublisher publisher, OutboxProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** Publishes right away; a failure is logged and left to the relay, the events are stored already. */
    public void publishNow(UUID appealId, List<OutboxEvent> events) {
        try {
            publish(appealId, events);
        } catch (RuntimeException e) {
            log.warn("events of appeal {} not published yet, the relay will retry: {}", appealId, e.getMessage());
        }
    }

    /**
     * One round of the relay, on every instance's schedule but run by one instance at a time; public, and called
     * through the bean, for ShedLock's proxy to take the lock.
     */
    @Scheduled(fixedDelayString = "${appeals.department.outbox.relay-interval:10s}",
            initialDelayString = "${appeals.department.outbox.relay-interval:10s}")
    // a round is one batch, and a failed publish ends it after at most appeals.kafka.ack-timeout (2 s): 30 s is ample,
    // and a lock left by an instance that died mid-round frees itself by then
    @SchedulerLock(name = "department.outbox-relay",
            lockAtMostFor = "${appeals.department.outbox.relay-lock-at-most-for:PT30S}")
    public void relay() {
        // the grace is counted on the wall clock: events carry the time they were created at
        var cutoff = Instant.now().minus(properties.relayGrace());
        for (DepartmentAppeal appeal : store.withOutboxBefore(cutoff, properties.relayBatchSize())) {
            try {
                publish(appeal.appealId(), appeal.outbox());
                log.info("relayed {} event(s) of appeal {}", appeal.outbox().size(), appeal.appealId());
            } catch (RuntimeException e) {
                // the broker is most likely still away: the rest waits for the next round
                log.warn("relay could not publish the events of appeal {}: {}", appeal.appealId(), e.getMessage());
                return;
            }
        }
    }

    private void publish(UUID appealId, List<OutboxEvent> events) {
        for (OutboxEvent event : events) {
            publisher.publishDurably(event.topic(), event.event());
            store.published(appealId, event.eventId());
        }
    }
}
