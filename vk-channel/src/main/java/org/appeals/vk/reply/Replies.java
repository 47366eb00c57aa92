package org.appeals.vk.reply;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Replies taken from the webhook (MongoDB {@code replies}, keyed by delivery id). */
interface Replies {

    /** Stores a new reply as pending and claimed until {@code leaseUntil}; false if this delivery was taken before. */
    boolean take(PendingReply reply, Instant leaseUntil);

    /** A pending reply whose lease ran out, claimed anew. */
    Optional<PendingReply> claimDue(Instant now, Instant leaseUntil);

    void posted(UUID deliveryId, int postedParts);

    void failed(UUID deliveryId, String reason);

    /** The receipt went to the platform: nothing more to do. */
    void finished(UUID deliveryId, Instant at);
}
