package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal moved in its department's workflow. Carries no text: what the department or the resident wrote travels
 * in {@link AppealAnswered} and {@link ResidentResponded}.
 *
 * @param from the state before; null when the appeal entered the department's inbox
 * @param deadlines the deadlines after this move
 * @param incidentId the incident the appeal belongs to, or null
 * @param actor who made the move ({@link Actor#SYSTEM} for timers and deliveries); null in records written before
 *              moves carried one, which reads as "unknown"
 */
public record AppealStateChanged(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        String departmentId,
        WorkflowState from,
        WorkflowState to,
        WorkflowStep step,
        Deadlines deadlines,
        UUID incidentId,
        Actor actor) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A move whose actor is not known: kept so producers written before actors existed compile unchanged. */
    public AppealStateChanged(int schemaVersion, UUID eventId, UUID appealId, Instant occurredAt, String departmentId,
                              WorkflowState from, WorkflowState to, WorkflowStep step, Deadlines deadlines,
                              UUID incidentId) {
        this(schemaVersion, eventId, appealId, occurredAt, departmentId, from, to, step, deadlines, incidentId, null);
    }
}
