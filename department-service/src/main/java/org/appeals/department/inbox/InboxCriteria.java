package org.appeals.department.inbox;

import java.time.Instant;
import java.util.Set;
import org.appeals.contracts.WorkflowState;

/**
 * What a department asks of its inbox.
 *
 * @param dueBefore only appeals whose next running deadline is before this instant, or null
 * @param overdueOnly only appeals with a deadline flagged overdue
 * @param municipalities only appeals of these municipalities (an МЦУ operator reading the inbox); null: all
 */
record InboxCriteria(String departmentId, Set<WorkflowState> states, Instant dueBefore, boolean overdueOnly,
                            Order order, int limit, Set<String> municipalities) {

    /** How the inbox is ordered. */
    enum Order {
        /** The most recently assigned first. */
        NEWEST,
        /** The nearest running deadline first; appeals without one last. */
        DUE
    }

    public InboxCriteria {
        states = Set.copyOf(states);
        municipalities = municipalities == null ? null : Set.copyOf(municipalities);
    }
}
