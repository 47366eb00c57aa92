package org.appeals.intake.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.appeal.Responses;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Republishes appeals and residents' responses whose event the broker did not acknowledge, with the eventId fixed
 * when they were stored, so consumers that already saw a copy ignore the repeat. Counts them in
 * {@code appeals.outbox.republished}. One instance relays at a time: two would publish every stranded event twice.
 */
@Component
class OutboxRelay {

    private final Appeals appeals;
    private final ReceivedOutbox outbox;
    private final Responses responses;
    private final RespondedOutbox respondedOutbox;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter republished;

    OutboxRelay(Appeals appeals, ReceivedOutbox outbox, Responses responses, RespondedOutbox respondedOutbox,
                OutboxProperties properties, Clock clock, MeterRegistry registry) {
        this.appeals = appeals;
        this.outbox = outbox;
        this.responses = responses;
        this.respondedOutbox = respondedOutbox;
        this.properties = properties;
        this.clock = clock;
        this.republished = registry.counter("appeals.outbox.republished");
    }

    /**
     * One round, every {@code appeals.intake.outbox.interval}, on the instance that holds the lock. A round normally
     * ends in well under a second (it stops at the first event the broker does not take, after the 2 s ack timeout),
     * so 30 s outlive any round but a crawling broker's, where a second relay repeats events harmlessly (same
     * eventIds); an instance that died mid-round holds the relay up for at most that long, as in the other services. Public and called through
     * the bean: ShedLock's proxy takes the lock.
     */
    @Scheduled(fixedDelayString = "${appeals.intake.outbox.interval:5s}")
    @SchedulerLock(name = "intake.outbox-relay", lockAtMostFor = "PT30S")
    public void relayPending() {
        var storedBefore = clock.instant().minus(properties.grace());
        if (relay(appeals.unpublished(storedBefore, properties.batchSize()), outbox::publish)) {
            relay(responses.unpublished(storedBefore, properties.batchSize()), respondedOutbox::publish);
        }
    }

    /** False as soon as the broker does not take one: it is still away, and the next round tries again. */
    private <T> boolean relay(List<T> pending, Predicate<T> publish) {
        for (T event : pending) {
            if (!publish.test(event)) {
                return false;
            }
            republished.increment();
        }
        return true;
    }
}
