package org.appeals.notification.delivery;

/** Where a delivery stands. */
public enum DeliveryState {
    /** The answer came before appeals.received: nowhere to send it yet. */
    AWAITING_ADDRESS,
    /** Due to be sent, or waiting for its next attempt. */
    PENDING,
    /** The channel took the reply. */
    DELIVERED,
    /** Every attempt failed. */
    FAILED;

    public boolean isFinal() {
        return this == DELIVERED || this == FAILED;
    }
}
