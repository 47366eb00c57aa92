package org.appeals.notification.delivery;

import java.time.Instant;

/** What a channel adapter reported after taking a reply: posted to the resident, or not, and why (technical). */
public record Receipt(ReceiptStatus status, String reason, Instant at) {
}
