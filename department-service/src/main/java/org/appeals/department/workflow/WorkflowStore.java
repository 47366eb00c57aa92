package org.appeals.department.workflow;

import java.util.UUID;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;

/**
 * Where the workflow stores its steps. Every change takes the appeal as it was read ({@code current}) and returns
 * false when the appeal changed in between, so the caller reads again and decides anew.
 */
public interface WorkflowStore {

    /** Creates an appeal first known through its assignment, with the change's state and events. */
    boolean insertAssigned(UUID appealId, Assignment assignment, AppealChange change);

    /** Applies {@code change} unless the appeal changed since {@code current} was read (or the event was applied). */
    boolean apply(DepartmentAppeal current, AppealChange change);
}
