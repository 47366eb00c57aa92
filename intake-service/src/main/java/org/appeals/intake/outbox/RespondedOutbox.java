package org.appeals.intake.outbox;

import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Responses;
import org.appeals.support.kafka.EventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a stored response's ResidentResponded event and marks it published. An event the broker does not
 * acknowledge stays unpublished in the store, where {@link OutboxRelay} finds it again: nothing is lost.
 */
@Component
public class RespondedOutbox {

    private final EventPublisher publisher;
    private final Responses responses;

    RespondedOutbox(EventPublisher publisher, Responses responses) {
        this.publisher = publisher;
        this.responses = responses;
    }

    /** True once the broker acknowledged the event; false if it stays queued for the relay. */
    public boolean publish(ResidentResponded event) {
        if (!BrokerHandOff.acknowledged(publisher, Topics.APPEALS_RESPONDED, event)) {
            return false;
        }
        responses.markPublished(event.responseId());
        return true;
    }
}
