package org.appeals.notification.delivery;

/** An adapter's report on a reply it took. */
public enum ReceiptStatus {
    /** The resident has the reply. */
    DELIVERED,
    /** The adapter could not post it (blocked chat, deleted post, …). */
    FAILED
}
