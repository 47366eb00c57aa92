package org.appeals.notification.dispatch;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Topics;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryIds;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.support.outbox.OutboxEvent;

/**
 * The AppealNotified that ends a delivery, stored with its outcome. Its eventId comes from the delivery and its
 * round, so a republished event is the same event, which consumers recognise, while a re-send ends in an event of its
 * own. A parked delivery is announced FAILED. Status notices are not answers and are announced to nobody:
 * AppealNotified speaks of an answer ({@code answerId}, {@code answerKind}), and intake derives the appeal's status
 * from it.
 */
final class NotifiedEvents {

    private NotifiedEvents() {
    }

    /**
     * What to announce when the {@code claimed} delivery ends in {@code outcome} at {@code at} on {@code channel},
     * with the one more attempt the ending write records.
     */
    static List<OutboxEvent> ending(Delivery claimed, Channel channel, DeliveryState outcome, String detail,
                                    Instant at) {
        if (claimed.notice() != null) {
            return List.of();
        }
        AppealNotified notified = new AppealNotified(AppealNotified.SCHEMA_VERSION,
                DeliveryIds.notifiedEvent(claimed.id(), claimed.resends()), claimed.appealId(), at, claimed.id(),
                claimed.answerId(), channel, claimed.answerKind(), outcomeOf(claimed, outcome),
                claimed.attemptCount() + 1, detail);
        return List.of(OutboxEvent.of(Topics.APPEALS_NOTIFIED, notified));
    }

    private static DeliveryOutcome outcomeOf(Delivery claimed, DeliveryState state) {
        return switch (state) {
            case DELIVERED -> DeliveryOutcome.DELIVERED;
            case PARKED, FAILED -> DeliveryOutcome.FAILED;
            default -> throw new IllegalStateException("delivery " + claimed.id() + " does not end in " + state);
        };
    }
}
