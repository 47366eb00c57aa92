package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The resident wrote back about an appeal, through its channel: a reply to the department's question, or feedback on
 * the final answer.
 *
 * @param responseId intake's id of this response; the same {@code channel}+{@code externalId} keeps it
 * @param externalId the channel's id of the resident's message, or null for feedback posted without one
 * @param text what the resident wrote; may be null for feedback that only rates
 * @param rating 1 (bad) to 5 (good) for feedback, else null
 * @param solved for feedback: whether the problem is solved; else null
 */
public record ResidentResponded(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        UUID responseId,
        Channel channel,
        String externalId,
        ResponseKind kind,
        String text,
        Integer rating,
        Boolean solved) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Leaves out the resident's words. */
    @Override
    public String toString() {
        return "ResidentResponded[eventId=" + eventId + ", appealId=" + appealId + ", kind=" + kind + ", channel="
                + channel + ", rating=" + rating + ", solved=" + solved + "]";
    }
}
