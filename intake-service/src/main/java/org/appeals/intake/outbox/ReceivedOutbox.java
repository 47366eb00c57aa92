package org.appeals.intake.outbox;

import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Appeals;
import org.appeals.support.kafka.EventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a stored appeal's AppealReceived event and marks it published. An event the broker does not acknowledge
 * stays unpublished in the store, where {@link OutboxRelay} finds it again: nothing is lost.
 */
@Component
public class ReceivedOutbox {

    private final EventPublisher publisher;
    private final Appeals appeals;

    ReceivedOutbox(EventPublisher publisher, Appeals appeals) {
        this.publisher = publisher;
        this.appeals = appeals;
    }

    /** True once the broker acknowledged the event; false if it stays queued for the relay. */
    public boolean publish(AppealReceived event) {
        if (!BrokerHandOff.acknowledged(publisher, Topics.APPEALS_RECEIVED, event)) {
            return false;
        }
        appeals.markPublished(event.appealId());
        return true;
    }
}
