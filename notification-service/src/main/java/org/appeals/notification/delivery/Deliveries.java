package org.appeals.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The durable deliveries, as the consumers and readers see them; workers move them on through {@link DeliveryClaims}. */
public interface Deliveries {

    /** Inserts a delivery due now; false if it exists already (a replayed answer). */
    boolean create(Delivery delivery);

    /** An appeal's deliveries in the order of its answers. */
    List<Delivery> forAppeal(UUID appealId);

    /** Whether an earlier answer to the same appeal is still on its way: replies reach residents in order. */
    boolean hasEarlierUnfinished(Delivery delivery);

    /** Makes deliveries waiting for this appeal's address due now, unless a worker holds them. */
    void wakeAwaitingAddress(UUID appealId, Instant now);
}
