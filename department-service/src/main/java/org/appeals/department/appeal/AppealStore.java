package org.appeals.department.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** A department's inbox, filtered and ordered as asked. */
    List<DepartmentAppeal> inbox(InboxCriteria criteria);

    /** Stores what the resident wrote, creating the appeal if needed; false if this event was applied before. */
    boolean recordContent(UUID appealId, UUID eventId, Content content);

    /** Creates an appeal first known through its assignment, with the change's state and events. */
    boolean insertAssigned(UUID appealId, Assignment assignment, AppealChange change);

    /** Applies {@code change} unless the appeal changed since {@code current} was read (or the event was applied). */
    boolean apply(DepartmentAppeal current, AppealChange change);

    /** Drops an event from the appeal's outbox once the broker acknowledged it. */
    void published(UUID appealId, UUID eventId);

    /** Appeals with events created before {@code cutoff} still in their outbox. */
    List<DepartmentAppeal> withOutboxBefore(Instant cutoff, int limit);

    /** Appeals whose next running deadline is before {@code now}. */
    List<DepartmentAppeal> pastDue(Instant now, int limit);

    /** Appeals in a state for longer than asked: NOTIFIED since before {@code cutoff}. */
    List<DepartmentAppeal> notifiedBefore(Instant cutoff, int limit);

    /**
     * Open appeals with a deadline flagged overdue; all departments when {@code departmentId} is null, all
     * municipalities when {@code municipalities} is null.
     */
    List<DepartmentAppeal> overdue(String departmentId, Set<String> municipalities, int limit);

    /**
     * Appeals in {@code state}, oldest change first; all departments when {@code departmentId} is null, all
     * municipalities when {@code municipalities} is null.
     */
    List<DepartmentAppeal> inState(AppealState state, String departmentId, Set<String> municipalities, int limit);

    /** How many appeals each department holds in each state. */
    Map<String, Map<AppealState, Long>> countByDepartmentAndState();
}
