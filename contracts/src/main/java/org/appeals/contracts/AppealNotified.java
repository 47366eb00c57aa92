package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/** A reply reached the resident's channel, or definitively failed to. */
public record AppealNotified(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        UUID deliveryId,
        UUID answerId,
        Channel channel,
        AnswerKind answerKind,
        DeliveryOutcome outcome,
        int attempts,
        String detail) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;
}
