package org.appeals.ok.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The replies taken from the webhook, one per delivery id, until OK has them and the receipt is reported: how many of
 * their parts are posted already (a retry never posts one twice) and the outcome waiting to be reported.
 */
interface StoredReplies {

    enum Outcome { DELIVERED, FAILED }

    /** A reply being handled: its parts, how many are posted, and its outcome once known. */
    record StoredReply(IncomingReply reply, int sentParts, Outcome outcome, String reason, int attempts) {

        @Override
        public String toString() {
            return "StoredReply[" + reply + ", sentParts=" + sentParts + ", outcome=" + outcome + "]";
        }
    }

    /** Stores the reply; false when this delivery is stored already (notification sent it again). */
    boolean store(IncomingReply reply, Instant receivedAt);

    /**
     * The same delivery came again after it was done — an operator re-sent it: a FAILED one is posted anew (its parts
     * from this call), a DELIVERED one is reported again, not posted twice. True when there is something to do.
     */
    boolean again(IncomingReply reply, Instant now);

    /** Takes the reply for {@code leaseUntil}, unless another worker holds it or it is done. */
    Optional<StoredReply> claim(String deliveryId, Instant now, Instant leaseUntil);

    List<String> due(Instant now, int limit);

    void partSent(String deliveryId, int sentParts);

    /** The outcome is known; the receipt is still to be reported. */
    void decided(String deliveryId, Outcome outcome, String reason);

    void reported(String deliveryId);

    void retryAt(String deliveryId, Instant at, String reason);
}
