package org.appeals.email.reply;

import java.time.Instant;

/** The deliveries whose mail went out, so a replayed OutboundReply is not sent again. */
interface SentReplies {

    boolean wasSent(String deliveryId);

    /** Idempotent: remembering a delivery twice keeps the first record. */
    void remember(String deliveryId, String messageId, Instant sentAt);
}
