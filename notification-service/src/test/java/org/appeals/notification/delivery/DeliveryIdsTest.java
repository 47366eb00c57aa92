package org.appeals.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.appeals.notification.render.Notice;
import org.junit.jupiter.api.Test;

class DeliveryIdsTest {

    @Test
    void theSameAnswerEventAlwaysGivesTheSameDeliveryAndAnotherEventAnotherOne() {
        UUID event = UUID.fromString("c3d7e5f0-2c8c-4c1f-9e2b-7b4d3f6a5c03");

        assertThat(DeliveryIds.forAnswerEvent(event))
                .isEqualTo(UUID.nameUUIDFromBytes(event.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(DeliveryIds.forAnswerEvent(UUID.fromString(event.toString())))
                .isNotEqualTo(DeliveryIds.forAnswerEvent(UUID.randomUUID()));
    }

    @Test
    void theNotifiedEventIdIsStablePerDeliveryAndDiffersFromTheDeliveryId() {
        UUID delivery = UUID.randomUUID();

        assertThat(DeliveryIds.notifiedEvent(delivery)).isEqualTo(DeliveryIds.notifiedEvent(delivery))
                .isNotEqualTo(delivery);
    }

    @Test
    void eachResendEndsInAnEventOfItsOwnWhileTheFirstRoundKeepsTheOldId() {
        UUID delivery = UUID.randomUUID();

        assertThat(DeliveryIds.notifiedEvent(delivery, 0)).isEqualTo(DeliveryIds.notifiedEvent(delivery));
        assertThat(DeliveryIds.notifiedEvent(delivery, 1)).isEqualTo(DeliveryIds.notifiedEvent(delivery, 1))
                .isNotEqualTo(DeliveryIds.notifiedEvent(delivery))
                .isNotEqualTo(DeliveryIds.notifiedEvent(delivery, 2));
    }

    @Test
    void aNoticeIdDependsOnTheNoticeAndTheEventAndIsNoAnswersDelivery() {
        UUID event = UUID.randomUUID();

        assertThat(DeliveryIds.forNotice(Notice.ASSIGNED, event)).isEqualTo(DeliveryIds.forNotice(Notice.ASSIGNED, event))
                .isNotEqualTo(DeliveryIds.forNotice(Notice.REGISTERED, event))
                .isNotEqualTo(DeliveryIds.forAnswerEvent(event));
    }
}
