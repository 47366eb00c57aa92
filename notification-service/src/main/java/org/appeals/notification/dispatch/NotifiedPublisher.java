package org.appeals.notification.dispatch;

import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Topics;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryIds;
import org.appeals.support.kafka.EventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the AppealNotified that ends a delivery, durably, then marks it done. A crash in between publishes it
 * again with the same eventId, which consumers recognise.
 */
@Component
class NotifiedPublisher {

    private final EventPublisher publisher;
    private final DeliveryClaims claims;

    NotifiedPublisher(EventPublisher publisher, DeliveryClaims claims) {
        this.publisher = publisher;
        this.claims = claims;
    }

    void announce(Delivery finished) {
        DeliveryOutcome outcome = switch (finished.state()) {
            case DELIVERED -> DeliveryOutcome.DELIVERED;
            case FAILED -> DeliveryOutcome.FAILED;
            default -> throw new IllegalStateException("delivery " + finished.id() + " has not ended");
        };
        publisher.publishDurably(Topics.APPEALS_NOTIFIED, new AppealNotified(AppealNotified.SCHEMA_VERSION,
                DeliveryIds.notifiedEvent(finished.id()), finished.appealId(), finished.finishedAt(), finished.id(),
                finished.answerId(), finished.channel(), finished.answerKind(), outcome, finished.attemptCount(),
                finished.detail()));
        claims.markNotified(finished);
    }
}
