package org.appeals.ok.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * OK's updates as they arrived, one per message id, until they are handled: the webhook stores before it answers 200,
 * so an update is never lost, and a re-sent one is recognised by its mid.
 */
interface StoredUpdates {

    /** A stored update: its mid, the JSON as OK sent it, and how often handling it was tried. */
    record StoredUpdate(String mid, String json, int attempts) {

        @Override
        public String toString() {
            return "StoredUpdate[mid=" + mid + ", attempts=" + attempts + "]";
        }
    }

    /** Stores the update; false when one with this mid is already stored (OK sent it again). */
    boolean store(String mid, String json, Instant receivedAt);

    /** Takes the pending update for {@code leaseUntil}, unless another worker holds it or it is handled. */
    Optional<StoredUpdate> claim(String mid, Instant now, Instant leaseUntil);

    /** Pending updates due now, oldest first. */
    List<String> due(Instant now, int limit);

    void handled(String mid, String outcome);

    void retryAt(String mid, Instant at, String reason);
}
