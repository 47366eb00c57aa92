package org.appeals.department.events;

import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.StateMachine;
import org.appeals.department.deadline.AppealDeadlines;
import org.appeals.department.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Places an assigned appeal in its department's inbox, or moves it there from another department's, with deadlines
 * counted from now on the working calendar.
 */
@Component
class Placement {

    private static final Logger log = LoggerFactory.getLogger(Placement.class);

    private final Appeals appeals;
    private final Workflow workflow;
    private final AppealDeadlines deadlines;
    private final InboxMetrics metrics;
    private final ObjectProvider<IncidentHook> incidents;

    Placement(Appeals appeals, Workflow workflow, AppealDeadlines deadlines, InboxMetrics metrics,
              ObjectProvider<IncidentHook> incidents) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.incidents = incidents;
    }

    /** One attempt; false when another writer changed the appeal in between and it must be read again. */
    boolean place(AppealAssigned event) {
        Assignment assignment = Assignment.of(event);
        DepartmentAppeal current = appeals.find(event.appealId()).orElse(null);
        if (current != null && current.hasApplied(event.eventId())) {
            return true;
        }
        if (current != null && !StateMachine.acceptsAssignment(current.state())) {
            log.warn("assignment {} of appeal {} to {} ignored: the appeal is already {}", event.eventId(),
                    event.appealId(), event.departmentId(), current.state());
            return true;
        }
        Deadlines due = deadlines.atAssignment(current == null ? null : current.content(), assignment,
                workflow.now());
        boolean wasListed = current != null && current.assignedTo(event.departmentId())
                && current.state() != WorkflowState.REDIRECTED;
        if (!workflow.assign(current, event.appealId(), event.eventId(), assignment, due, event.actor())) {
            return false;
        }
        if (!wasListed) {
            metrics.entered(event.departmentId());
            log.info("appeal {} entered the inbox of {} ({})", event.appealId(), event.departmentId(), event.method());
        }
        incidents.ifAvailable(hook -> hook.placed(event.appealId()));
        return true;
    }
}
