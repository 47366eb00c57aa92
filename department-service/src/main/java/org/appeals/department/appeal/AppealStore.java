package org.appeals.department.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.workflow.AppealState;

/**
 * Where the department's appeals live. Every change that depends on what was read before takes that reading
 * ({@code current}) and returns false when the appeal changed in between, so the caller reads again and decides anew.
 */
public interface AppealStore {

    Optional<DepartmentAppeal> find(UUID appealId);

    /** The department's appeals in one of {@code states}, the most recently assigned first. */
    List<DepartmentAppeal> inboxOf(String departmentId, Set<AppealState> states, int limit);

    /** Stores what the resident wrote, creating the appeal if needed; false if this event was applied before. */
    boolean recordContent(UUID appealId, UUID eventId, Content content);

    /** Creates an appeal first known through its assignment; false if the appeal exists already. */
    boolean insertAssigned(UUID appealId, UUID eventId, Assignment assignment);

    /** Places an existing appeal with the assignment's department, state ASSIGNED. */
    boolean reassign(DepartmentAppeal current, UUID eventId, Assignment assignment);

    /** Moves the appeal to {@code next} because of the event {@code eventId}. */
    boolean moveTo(DepartmentAppeal current, AppealState next, UUID eventId);

    /** Adds an answer, unpublished, and moves the appeal to {@code next} in the same atomic write. */
    boolean addAnswer(DepartmentAppeal current, AppealState next, Answer answer);

    /** Clears the outbox flag of an answer once the broker acknowledged its event. */
    void markPublished(UUID appealId, UUID answerId);

    /** Answers given before {@code cutoff} whose events the broker has not acknowledged yet. */
    List<PendingAnswer> unpublishedBefore(Instant cutoff, int limit);
}
