package org.appeals.intake.outbox;

import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Appeals;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.kafka.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes a stored appeal's AppealReceived event and marks it published. An event the broker does not acknowledge
 * stays unpublished in the store, where {@link OutboxRelay} finds it again: nothing is lost.
 */
@Component
public class ReceivedOutbox {

    private static final Logger log = LoggerFactory.getLogger(ReceivedOutbox.class);

    private final EventPublisher publisher;
    private final Appeals appeals;

    ReceivedOutbox(EventPublisher publisher, Appeals appeals) {
        this.publisher = publisher;
        this.appeals = appeals;
    }

    /** True once the broker acknowledged the event; false if it stays queued for the relay. */
    public boolean publish(AppealReceived event) {
        try {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, event);
        } catch (PublishFailedException | org.apache.kafka.common.KafkaException
                 | org.springframework.kafka.KafkaException e) {
            // ids only: the event's content is the resident's
            log.warn("AppealReceived {} of appeal {} not acknowledged by the broker ({}); queued for the outbox relay",
                    event.eventId(), event.appealId(), e.getMessage());
            return false;
        }
        appeals.markPublished(event.appealId());
        return true;
    }
}
