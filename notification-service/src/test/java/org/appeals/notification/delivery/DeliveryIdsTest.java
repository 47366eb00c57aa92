package org.appeals.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
}
