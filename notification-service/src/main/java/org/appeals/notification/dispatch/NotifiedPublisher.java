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
 * again with the same eventId, which consumers recognise; a re-send ends in an event with an id of its own. A parked
 * delivery is announced FAILED. Status notices are not answers and are announced to nobody: AppealNotified speaks of
 * an answer ({@code answerId}, {@code answerKind}), and intake derives the appeal's status from it.
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
            case PARKED, FAILED -> DeliveryOutcome.FAILED;
            case SKIPPED -> null;
            default -> throw new IllegalStateException("delivery " + finished.id() + " has not ended");
        };
        if (outcome != null && finished.notice() == null) {
            publisher.publishDurably(Topics.APPEALS_NOTIFIED, new AppealNotified(AppealNotified.SCHEMA_VERSION,
                    DeliveryIds.notifiedEvent(finished.id(), finished.resends()), finished.appealId(),
                    finished.finishedAt(), finished.id(), finished.answerId(), finished.channel(),
                    finished.answerKind(), outcome, finished.attemptCount(), finished.detail()));
        }
        claims.markNotified(finished);
    }
}
