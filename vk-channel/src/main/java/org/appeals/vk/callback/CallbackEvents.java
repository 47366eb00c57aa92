package org.appeals.vk.callback;

import java.time.Instant;
import java.util.Optional;

/** Events recorded before VK gets its {@code ok}; unique on {@code event_id}, so a re-sent event is seen as one. */
interface CallbackEvents {

    /** Records the event as pending and claimed until {@code leaseUntil}; false if it was recorded before. */
    boolean record(StoredEvent event, Instant receivedAt, Instant leaseUntil);

    /** A pending event whose lease has run out (its processing failed or its instance died), claimed anew. */
    Optional<StoredEvent> claimDue(Instant now, Instant leaseUntil);

    /** Processing finished with {@code outcome} (submitted, reply, ignored, refused). */
    void done(String eventId, String outcome, Instant at);
}
