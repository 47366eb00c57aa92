package org.appeals.department.events;

import java.util.Optional;
import org.appeals.contracts.AppealAssigned;
import org.appeals.department.appeal.AppealStore;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.workflow.AppealState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Places an assigned appeal in its department's inbox, or moves it there from another department's. */
@Component
class Placement {

    private static final Logger log = LoggerFactory.getLogger(Placement.class);

    private final AppealStore store;
    private final InboxMetrics metrics;

    Placement(AppealStore store, InboxMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    /** One attempt; false when another writer changed the appeal in between and it must be read again. */
    boolean place(AppealAssigned event) {
        Assignment assignment = Assignment.of(event);
        Optional<DepartmentAppeal> found = store.find(event.appealId());
        if (found.isEmpty()) {
            return store.insertAssigned(event.appealId(), event.eventId(), assignment) && entered(event);
        }
        DepartmentAppeal current = found.get();
        if (current.hasApplied(event.eventId())) {
            return true;
        }
        if (!AppealState.acceptsAssignment(current.state())) {
            log.warn("assignment {} of appeal {} to {} ignored: the appeal is already {}", event.eventId(),
                    event.appealId(), event.departmentId(), current.state());
            return true;
        }
        boolean wasListed = current.assignedTo(event.departmentId()) && current.state() != AppealState.REDIRECTED;
        return store.reassign(current, event.eventId(), assignment) && (wasListed || entered(event));
    }

    private boolean entered(AppealAssigned event) {
        metrics.entered(event.departmentId());
        log.info("appeal {} entered the inbox of {} ({})", event.appealId(), event.departmentId(), event.method());
        return true;
    }
}
