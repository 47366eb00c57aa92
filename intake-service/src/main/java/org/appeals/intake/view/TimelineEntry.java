package org.appeals.intake.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.DeliveryOutcome;

/**
 * One event of an appeal's life. {@code kind} and {@code text} come with answers (kind also with notifications,
 * naming the answer delivered), {@code outcome} with notifications; the rest leave them out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(
        UUID eventId,
        EntryType type,
        Instant occurredAt,
        String summary,
        AnswerKind kind,
        String text,
        DeliveryOutcome outcome) {

    /** What happened. */
    enum EntryType { RECEIVED, ASSIGNED, TRIAGE, ANSWERED, NOTIFIED }

    static TimelineEntry of(UUID eventId, EntryType type, Instant occurredAt, String summary) {
        return new TimelineEntry(eventId, type, occurredAt, summary, null, null, null);
    }
}
