package org.appeals.department.workflow;

import java.util.List;
import java.util.UUID;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.support.outbox.OutboxEvent;

/**
 * Where the workflow stores its steps. Every change takes the appeal as it was read ({@code current}) and returns
 * false when the appeal changed in between, so the caller reads again and decides anew. A change's events are stored
 * in the appeal's outbox by the same write and published afterwards.
 */
public interface WorkflowStore {

    /** Creates an appeal first known through its assignment, with the change's state and events. */
    boolean insertAssigned(UUID appealId, Assignment assignment, AppealChange change);

    /** Applies {@code change} unless the appeal changed since {@code current} was read (or the event was applied). */
    boolean apply(DepartmentAppeal current, AppealChange change);

    /**
     * Publishes the events a stored change left in the appeal's outbox. False, never an exception, when the broker did
     * not take one: it stays stored, and service-support's outbox relay publishes it later.
     */
    boolean publish(UUID appealId, List<OutboxEvent> events);
}
