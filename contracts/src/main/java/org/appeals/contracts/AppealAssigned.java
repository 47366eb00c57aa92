package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Routing placed an appeal: with a department ({@link RoutingOutcome#ASSIGNED}) or in manual triage
 * ({@link RoutingOutcome#TRIAGE}, department fields null).
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
        Deadlines deadlines) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Leaves out the routing reason: its matched terms are the resident's own words. */
    @Override
    public String toString() {
        return "AppealAssigned[eventId=" + eventId + ", appealId=" + appealId + ", outcome=" + outcome
                + ", category=" + category + ", municipality=" + municipality + ", departmentId=" + departmentId + "]";
    }
}
