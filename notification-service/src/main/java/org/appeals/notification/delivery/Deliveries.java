package org.appeals.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;

/** The durable deliveries, as the consumers and readers see them; workers move them on through {@link DeliveryClaims}. */
public interface Deliveries {

    /** Inserts a delivery due now; false if it exists already (a replayed answer). */
    boolean create(Delivery delivery);

    Optional<Delivery> find(UUID deliveryId);

    /** An appeal's deliveries in the order of its answers. */
    List<Delivery> forAppeal(UUID appealId);

    /** Whether an earlier answer to the same appeal is still on its way: replies reach residents in order. */
    boolean hasEarlierUnfinished(Delivery delivery);

    /** Makes deliveries waiting for this appeal's address due now, unless a worker holds them. */
    void wakeAwaitingAddress(UUID appealId, Instant now);

    /** Parked (and older failed) deliveries, of one channel or all, those parked longest first. */
    List<Delivery> parked(Channel channel, int limit);

    long countParked(Channel channel);

    /**
     * Sends a parked delivery again from its first attempt, with the same delivery id, recording who asked; empty
     * if it is not parked (or its outcome is still being announced).
     */
    Optional<Delivery> resend(UUID deliveryId, Resend resend);

    /**
     * The same for a client's request {@code requestId} (null: none), stored with the re-send in the same update:
     * a request that re-sent the delivery already does not re-send it again, even if it has been parked again since.
     */
    Optional<Delivery> resend(UUID deliveryId, Resend resend, UUID requestId);

    /** The delivery, if the request {@code requestId} re-sent it. */
    Optional<Delivery> resentBy(UUID deliveryId, UUID requestId);

    /**
     * Stores the adapter's receipt if it is the first; a FAILED receipt parks a delivered reply. Empty if the
     * delivery already had a receipt (a repeated or conflicting one).
     */
    Optional<Delivery> recordReceipt(UUID deliveryId, Receipt receipt);
}
