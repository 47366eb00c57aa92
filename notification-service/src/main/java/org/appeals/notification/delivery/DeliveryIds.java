package org.appeals.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from other ids, so that replaying an event can only ever produce the same delivery and outcome. */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    /** The one delivery of an answer event. */
    public static UUID forAnswerEvent(UUID answerEventId) {
        return UUID.nameUUIDFromBytes(answerEventId.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The eventId of the AppealNotified that ends a delivery, the same however often it is published. */
    public static UUID notifiedEvent(UUID deliveryId) {
        return UUID.nameUUIDFromBytes(("notified:" + deliveryId).getBytes(StandardCharsets.UTF_8));
    }
}
