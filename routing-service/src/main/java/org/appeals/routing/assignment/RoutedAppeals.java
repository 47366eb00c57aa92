package org.appeals.routing.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The appeals routing has seen, one per appeal id, each with its current decision. */
public interface RoutedAppeals {

    /** Stores the appeal unless one with its id exists; returns whichever is stored. */
    RoutedAppeal insertIfAbsent(RoutedAppeal appeal);

    /** The appeal with its current decision, if routing has seen it. */
    Optional<RoutedAppeal> find(UUID appealId);

    /** Replaces the decision only if it is still the one published as {@code currentEventId}; false otherwise. */
    boolean replaceDecision(UUID appealId, UUID currentEventId, Decision next);

    /**
     * Applies a department's "not ours" once: adds it to the declined departments and remembers the answer event,
     * and replaces the decision with {@code next} (null: keep it), all only while the decision is still
     * {@code currentEventId} and the answer was not applied yet; false otherwise.
     */
    boolean applyDecline(UUID appealId, UUID currentEventId, UUID answerEventId, String departmentId, Decision next);

    /** Marks the decision published as {@code eventId} as published, if it is still the current one. */
    void markPublished(UUID appealId, UUID eventId);

    /** Decisions not yet published that were taken before {@code decidedBefore}, oldest first. */
    List<RoutedAppeal> unpublished(Instant decidedBefore, int limit);

    /** Appeals waiting in manual triage, oldest received first. */
    List<RoutedAppeal> inTriage(int limit);

    /** Appeals waiting in manual triage whose suggested municipality is one of {@code municipalities}. */
    List<RoutedAppeal> inTriage(Collection<String> municipalities, int limit);

    /** How many appeals wait in manual triage. */
    long countInTriage();
}
