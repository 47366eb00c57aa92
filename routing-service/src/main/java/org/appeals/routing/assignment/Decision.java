package org.appeals.routing.assignment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Category;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.contracts.Topics;
import org.appeals.routing.directory.Placement;
import org.appeals.support.outbox.OutboxEvent;

/**
 * A routing decision about one appeal and the event id it is published under. Publishing it again gives the very
 * same event, so a consumer that remembers event ids sees it once. The write that stores a decision stores that event
 * beside it, in the appeal's outbox, until appeals.assigned has it.
 *
 * @param actor who decided: {@link Actor#SYSTEM} for automatic routing, the operator for a placement from triage,
 *              the department's person whose "not ours" caused a redirect
 */
public record Decision(UUID eventId, Instant decidedAt, RoutingMethod method, RoutingOutcome outcome,
                       Category category, Municipality municipality, String departmentId, String departmentName,
                       RoutingReason reason, Actor actor) {

    /** A new decision the platform took by itself. */
    public static Decision of(Placement placement, RoutingMethod method, Instant now) {
        return of(placement, method, Actor.SYSTEM, now);
    }

    /** A new decision for a placement, taken by {@code actor}. */
    public static Decision of(Placement placement, RoutingMethod method, Actor actor, Instant now) {
        var department = placement.department();
        return new Decision(UUID.randomUUID(), now.truncatedTo(ChronoUnit.MILLIS), method, placement.outcome(),
                placement.category(), placement.municipality(), department == null ? null : department.id(),
                department == null ? null : department.name(), placement.reason(), actor);
    }

    /** The event this decision is published as; the same every time. */
    public AppealAssigned toEvent(UUID appealId) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, eventId, appealId, decidedAt, outcome, method,
                category, municipality, departmentId, departmentName, reason, new Deadlines(null, null), actor);
    }

    /** The event as the appeal's outbox keeps it until appeals.assigned has it. */
    public OutboxEvent toOutboxEvent(UUID appealId) {
        return OutboxEvent.of(Topics.APPEALS_ASSIGNED, toEvent(appealId));
    }
}
