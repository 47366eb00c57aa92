package org.appeals.support.idempotency;

import java.time.Instant;

/**
 * What is stored for one scoped key: the body's hash, and either the holder still working ({@code response} null,
 * held until {@code leaseUntil}) or the first result.
 */
record KeyRecord(String scopedKey, String bodyHash, String holder, Instant leaseUntil, Instant expiresAt,
                 StoredResponse response) {

    boolean done() {
        return response != null;
    }

    /** A retry may take the key: its holder died or gave up without releasing it, or it outlived its retention. */
    boolean abandoned(Instant now) {
        return now.isAfter(expiresAt) || (!done() && now.isAfter(leaseUntil));
    }

    /** The first response: its status and JSON body (null when it had none). */
    record StoredResponse(int status, String body) {
    }
}
