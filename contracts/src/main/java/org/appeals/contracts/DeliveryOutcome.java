package org.appeals.contracts;

/** How a delivery to a channel ended. */
public enum DeliveryOutcome {
    DELIVERED,
    /** Every attempt failed; operators must look at it. */
    FAILED
}
