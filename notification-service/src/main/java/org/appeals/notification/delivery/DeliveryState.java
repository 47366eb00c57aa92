package org.appeals.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryState {
    /** The answer came before appeals.received: nowhere to send it yet. */
    AWAITING_ADDRESS,
    /** Due to be sent, or waiting for its next attempt (or for its channel's circuit to close). */
    PENDING,
    /** The channel took the reply. */
    DELIVERED,
    /** Every attempt failed, or the adapter reported it could not post it: waits for an operator's re-send. */
    PARKED,
    /** Every attempt failed; what deliveries ended as before parking existed. Operators may re-send them too. */
    FAILED,
    /** A status notice the resident's channel does not take. */
    SKIPPED
}
