package org.appeals.department.appeal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.workflow.AppealState;

/**
 * One appeal as the department service knows it. Assignment and content come from different topics in either
 * order, so either may still be missing (null); {@code state} is null until the appeal is in some inbox.
 * {@code version} guards every change of state against concurrent writers.
 */
public record DepartmentAppeal(
        UUID appealId,
        long version,
        AppealState state,
        Assignment assignment,
        Content content,
        List<Answer> answers,
        Set<UUID> appliedEvents) {

    /** Whether the appeal is assigned to this department (including after the department redirected it). */
    public boolean assignedTo(String departmentId) {
        return state != null && assignment != null && departmentId.equals(assignment.departmentId());
    }

    /** Whether the event with this id already had its effect on the appeal. */
    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }
}
