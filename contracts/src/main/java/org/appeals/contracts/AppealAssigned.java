package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Routing placed an appeal: with a department ({@link RoutingOutcome#ASSIGNED}) or in manual triage
 * ({@link RoutingOutcome#TRIAGE}, department fields null).
 *
 * @param actor who placed it: the operator (method OPERATOR), the department's person whose "not ours" caused a
 *              redirect (REDIRECT), {@link Actor#SYSTEM} for automatic routing; null in records written before
 *              decisions carried one, which reads as "unknown"
 */
public record AppealAssigned(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        RoutingOutcome outcome,
        RoutingMethod method,
        Category category,
        Municipality municipality,
        String departmentId,
        String departmentName,
        RoutingReason reason,
        Deadlines deadlines,
        Actor actor) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** A decision whose actor is not known: kept so producers written before actors existed compile unchanged. */
    public AppealAssigned(int schemaVersion, UUID eventId, UUID appealId, Instant occurredAt, RoutingOutcome outcome,
                          RoutingMethod method, Category category, Municipality municipality, String departmentId,
                          String departmentName, RoutingReason reason, Deadlines deadlines) {
        this(schemaVersion, eventId, appealId, occurredAt, outcome, method, category, municipality, departmentId,
                departmentName, reason, deadlines, null);
    }

    /** Leaves out the routing reason: its matched terms are the resident's own words. */
    @Override
    public String toString() {
        return "AppealAssigned[eventId=" + eventId + ", appealId=" + appealId + ", outcome=" + outcome
                + ", category=" + category + ", municipality=" + municipality + ", departmentId=" + departmentId
                + ", actor=" + actor + "]";
    }
}
