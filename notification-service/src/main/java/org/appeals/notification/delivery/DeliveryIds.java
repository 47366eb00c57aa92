package org.appeals.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.appeals.notification.render.Notice;

/** Ids derived from other ids, so that replaying an event can only ever produce the same delivery and outcome. */
public final class DeliveryIds {

    private DeliveryIds() {
    }

    /** The one delivery of an answer event. */
    public static UUID forAnswerEvent(UUID answerEventId) {
        return UUID.nameUUIDFromBytes(answerEventId.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The one notice of an event (appeals.received or appeals.assigned) about an appeal. */
    public static UUID forNotice(Notice notice, UUID eventId) {
        return UUID.nameUUIDFromBytes(("notice:" + notice + ":" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** The eventId of the AppealNotified that ends a delivery, the same however often it is published. */
    public static UUID notifiedEvent(UUID deliveryId) {
        return notifiedEvent(deliveryId, 0);
    }

    /** The same for the delivery's {@code resends}-th re-send: each round ends in an event of its own. */
    public static UUID notifiedEvent(UUID deliveryId, int resends) {
        String name = resends == 0 ? "notified:" + deliveryId : "notified:" + deliveryId + ":" + resends;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
