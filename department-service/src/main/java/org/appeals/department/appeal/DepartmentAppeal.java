package org.appeals.department.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.support.outbox.OutboxEvent;

/**
 * One appeal as the department service knows it. Assignment and content come from different topics in either
 * order, so either may still be missing (null); {@code state} is null until the appeal is in some inbox.
 * {@code version} guards every change of state against concurrent writers.
 *
 * @param deadlines the department's deadlines as the workflow set them last
 * @param promise the date promised in the latest interim answer, held as a deadline; null when none runs
 * @param progress when the appeal reached its milestones
 * @param overdue the deadlines that passed unmet since the appeal last (re)entered the inbox
 * @param messages what the resident wrote back
 * @param outbox events not yet acknowledged by the broker
 */
public record DepartmentAppeal(
        UUID appealId,
        long version,
        WorkflowState state,
        Assignment assignment,
        Content content,
        List<Answer> answers,
        Set<UUID> appliedEvents,
        Deadlines deadlines,
        Promise promise,
        Progress progress,
        List<OverdueFlag> overdue,
        List<ResidentMessage> messages,
        List<OutboxEvent> outbox) {

    /**
     * Milestones of the current round in the department (a reopen starts a new round).
     *
     * @param roundStartedAt when the appeal entered the inbox, or was reopened
     * @param reactedAt the department's first reaction in this round, or null
     * @param answeredAt when the final answer was approved (or given, without review), or null
     * @param notifiedAt when the final answer reached the resident, or null
     */
    public record Progress(Instant roundStartedAt, Instant reactedAt, Instant answeredAt, Instant notifiedAt) {

        public static final Progress NONE = new Progress(null, null, null, null);
    }

    /** Whether the appeal is assigned to this department (including after the department redirected it). */
    public boolean assignedTo(String departmentId) {
        return state != null && assignment != null && departmentId.equals(assignment.departmentId());
    }

    /** Whether the event with this id already had its effect on the appeal. */
    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }

    /** The final answer waiting for the operators, if any. */
    public Optional<Answer> answerInReview() {
        return answers.stream().filter(Answer::awaitsReview).reduce((first, second) -> second);
    }

    /** The incident answer the answer waiting for the operators was given through, if any. */
    public Optional<IncidentMark> incidentAnswerInReview() {
        return answerInReview().map(Answer::incident);
    }

    public String departmentId() {
        return assignment == null ? null : assignment.departmentId();
    }
}
