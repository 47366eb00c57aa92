package org.appeals.telegram.reply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The port to the replies taken: unique on the delivery id, so a delivery that comes twice is posted once. */
interface Replies {

    /** Stores a new reply; false if this delivery is already here. */
    boolean take(PendingReply reply);

    /** Replies to post (or to report), whose next attempt is due. */
    List<PendingReply> due(Instant now, int limit);

    /** {@code sentParts} messages are posted: a retry goes on from the next one. */
    void partsSent(UUID deliveryId, int sentParts);

    /** Posting is over (delivered, or failed for {@code reason}); the receipt is still to report. */
    void outcome(UUID deliveryId, boolean delivered, String reason);

    /** Try again at {@code notBefore}; returns the attempts so far. */
    int later(UUID deliveryId, Instant notBefore, String reason);

    /** The outcomes posted but not yet reported to the gateway. */
    List<Outcome> unreported(int limit);

    void reported(UUID deliveryId);

    /** What became of a reply. */
    record Outcome(UUID deliveryId, boolean delivered, String reason) {
    }
}
