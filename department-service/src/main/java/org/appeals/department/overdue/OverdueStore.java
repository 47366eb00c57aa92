package org.appeals.department.overdue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.DepartmentAppeal;

/** What the deadline watch looks for across appeals, and what the state gauges count. */
interface OverdueStore {

    /** Appeals whose next running deadline is before {@code now}. */
    List<DepartmentAppeal> pastDue(Instant now, int limit);

    /** Appeals in a state for longer than asked: NOTIFIED since before {@code cutoff}. */
    List<DepartmentAppeal> notifiedBefore(Instant cutoff, int limit);

    /**
     * Open appeals with a deadline flagged overdue; all departments when {@code departmentId} is null, all
     * municipalities when {@code municipalities} is null.
     */
    List<DepartmentAppeal> overdue(String departmentId, Set<String> municipalities, int limit);

    /** How many appeals each department holds in each state. */
    Map<String, Map<WorkflowState, Long>> countByDepartmentAndState();
}
