package org.appeals.intake.outbox;

import org.appeals.contracts.AppealEvent;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.kafka.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands a stored event to the broker; one the broker does not acknowledge stays queued for the relay. */
final class BrokerHandOff {

    private static final Logger log = LoggerFactory.getLogger(BrokerHandOff.class);

    private BrokerHandOff() {
    }

    /** True once the broker acknowledged the event; false (never an exception) if it waits for the relay. */
    static boolean acknowledged(EventPublisher publisher, String topic, AppealEvent event) {
        try {
            publisher.publishDurably(topic, event);
            return true;
        } catch (PublishFailedException | org.apache.kafka.common.KafkaException
                 | org.springframework.kafka.KafkaException e) {
            // ids only: what the event says is the resident's
            log.warn("{} {} of appeal {} not acknowledged by the broker ({}); queued for the outbox relay",
                    event.getClass().getSimpleName(), event.eventId(), event.appealId(), e.getMessage());
            return false;
        }
    }
}
