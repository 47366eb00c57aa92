package org.appeals.routing.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The appeals routing has seen, one per appeal id, each with its current decision. Every write that stores a decision
 * stores its event in the same write, in the appeal's outbox; {@link #publishPending} then publishes it.
 */
public interface RoutedAppeals {

    /** Stores the appeal and its decision's event unless one with its id exists; returns whichever is stored. */
    RoutedAppeal insertIfAbsent(RoutedAppeal appeal);

    /** The appeal with its current decision, if routing has seen it. */
    Optional<RoutedAppeal> find(UUID appealId);

    /**
     * Replaces the decision, and stores {@code next}'s event, only if it is still the one published as
     * {@code currentEventId}; false otherwise.
     */
    boolean replaceDecision(UUID appealId, UUID currentEventId, Decision next);

    /**
     * Applies a department's "not ours" once: adds it to the declined departments and remembers the answer event,
     * and replaces the decision with {@code next} (null: keep it), storing its event, all only while the decision is
     * still {@code currentEventId} and the answer was not applied yet; false otherwise.
     */
    boolean applyDecline(UUID appealId, UUID currentEventId, UUID answerEventId, String departmentId, Decision next);

    /**
     * Publishes the events the appeal's outbox still holds, oldest first, so a decision never overtakes an earlier
     * one on appeals.assigned. True when none is left; false, never an exception, when the broker or the database
     * did not answer: the outbox relay publishes the rest later.
     */
    boolean publishPending(UUID appealId);

    /**
     * Publishes the event of a decision just stored with a new appeal, the only one its outbox can hold, without
     * reading the outbox first; same answers as {@link #publishPending}.
     */
    boolean publishFirst(RoutedAppeal inserted);

    /** Appeals waiting in manual triage, oldest received first. */
    List<RoutedAppeal> inTriage(int limit);

    /** Appeals waiting in manual triage whose suggested municipality is one of {@code municipalities}. */
    List<RoutedAppeal> inTriage(Collection<String> municipalities, int limit);

    /** How many appeals wait in manual triage. */
    long countInTriage();
}
