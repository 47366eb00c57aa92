package org.appeals.department.testing;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;

/** What intake publishes when a resident writes back. */
public final class Responses {

    private Responses() {
    }

    public static ResidentResponded clarification(UUID appealId, String text) {
        return new ResidentResponded(ResidentResponded.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                UUID.randomUUID(), Channel.TELEGRAM, "reply-" + UUID.randomUUID(), ResponseKind.CLARIFICATION, text,
                null, null);
    }

    public static ResidentResponded feedback(UUID appealId, int rating, boolean solved, String text) {
        return new ResidentResponded(ResidentResponded.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                UUID.randomUUID(), Channel.TELEGRAM, null, ResponseKind.FEEDBACK, text, rating, solved);
    }
}
