package org.appeals.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A reply for a channel adapter to post back to the resident, on {@code outbound.<channel>} and in the webhook body.
 * {@code deliveryId} is the idempotency key: an adapter that sees it twice posts once.
 */
public record OutboundReply(
        int schemaVersion,
        UUID deliveryId,
        UUID appealId,
        Instant occurredAt,
        Channel channel,
        Map<String, String> replyTo,
        AnswerKind answerKind,
        String departmentName,
        String text) {

    public static final int SCHEMA_VERSION = 1;

    /** Leaves out the reply address and text, which may identify the resident. */
    @Override
    public String toString() {
        return "OutboundReply[deliveryId=" + deliveryId + ", appealId=" + appealId + ", channel=" + channel + "]";
    }
}
