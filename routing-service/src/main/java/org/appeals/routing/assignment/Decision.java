package org.appeals.routing.assignment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Category;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.directory.Placement;

/**
 * A routing decision about one appeal and the event id it is published under. Publishing it again gives the very
 * same event, so a consumer that remembers event ids sees it once.
 */
public record Decision(UUID eventId, Instant decidedAt, RoutingMethod method, RoutingOutcome outcome,
                       Category category, Municipality municipality, String departmentId, String departmentName,
                       RoutingReason reason, boolean published) {

    /** A new, not yet published decision for a placement. */
    public static Decision of(Placement placement, RoutingMethod method, Instant now) {
        var department = placement.department();
        return new Decision(UUID.randomUUID(), now.truncatedTo(ChronoUnit.MILLIS), method, placement.outcome(),
                placement.category(), placement.municipality(), department == null ? null : department.id(),
                department == null ? null : department.name(), placement.reason(), false);
    }

    /** The event this decision is published as; the same every time. */
    public AppealAssigned toEvent(UUID appealId) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, eventId, appealId, decidedAt, outcome, method,
                category, municipality, departmentId, departmentName, reason, new Deadlines(null, null));
    }
}
