package org.appeals.vk.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    private final UUID delivery = UUID.fromString("8d3c1f2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");

    @Test
    void theSameDeliveryAndPartAlwaysGiveTheSameRandomId() {
        assertThat(RandomIds.randomId(delivery, 0)).isEqualTo(RandomIds.randomId(UUID.fromString(delivery.toString()), 0));
    }

    @Test
    void eachPartOfADeliveryHasItsOwnKey() {
        assertThat(RandomIds.randomId(delivery, 0)).isNotEqualTo(RandomIds.randomId(delivery, 1));
        assertThat(RandomIds.guid(delivery, 0)).isEqualTo(delivery.toString());
        assertThat(RandomIds.guid(delivery, 1)).isEqualTo(delivery + "-2");
    }

    @Test
    void aRandomIdIsNeverZeroWhichVkReadsAsNone() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(RandomIds.randomId(UUID.randomUUID(), 0)).isNotZero();
        }
    }
}
