package org.appeals.department.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Masking;

/**
 * An answer of a department, kept with the id of the event that announces it, so that a republished event is the
 * same event. A final answer under review reaches the resident only once {@code review} says APPROVED.
 *
 * @param promisedBy for an interim answer, the date the department promises the final one by
 * @param review the operators' review, or null when the answer needed none
 * @param answeredBy the department's person who gave it; null for answers stored before answers kept one
 * @param incident the incident answer it was given through; null for an answer to this appeal alone (and for
 *                 answers stored before answers kept the mark)
 */
public record Answer(
        UUID answerId,
        UUID eventId,
        AnswerKind kind,
        String text,
        String departmentId,
        String departmentName,
        Instant answeredAt,
        LocalDate promisedBy,
        Review review,
        Actor answeredBy,
        IncidentMark incident) {

    /** A new answer by {@code actor} for the department the appeal is assigned to, with a new id. */
    public static Answer create(AnswerKind kind, String text, LocalDate promisedBy, Assignment by, Review review,
                                Instant now, Actor actor) {
        return create(UUID.randomUUID(), kind, text, promisedBy, by, review, now, actor);
    }

    /** The same with a given answer id: a retried request's answer keeps the id its request gave it. */
    public static Answer create(UUID answerId, AnswerKind kind, String text, LocalDate promisedBy, Assignment by,
                                Review review, Instant now, Actor actor) {
        return new Answer(answerId, UUID.randomUUID(), kind, text, by.departmentId(), by.departmentName(),
                now, promisedBy, review, actor, null);
    }

    public Answer withReview(Review decided) {
        return new Answer(answerId, eventId, kind, text, departmentId, departmentName, answeredAt, promisedBy, decided,
                answeredBy, incident);
    }

    /** The same answer, given through the incident answer {@code mark} (null: to this appeal alone). */
    public Answer through(IncidentMark mark) {
        return new Answer(answerId, eventId, kind, text, departmentId, departmentName, answeredAt, promisedBy, review,
                answeredBy, mark);
    }

    /** Whether it was given through this incident's answer. */
    public boolean givenThrough(UUID incidentId) {
        return incident != null && incident.incidentId().equals(incidentId);
    }

    /**
     * The event that tells notification (and the rest) about this answer, once the resident may see it: when it is
     * given without review, or when the operators approve it.
     */
    public AppealAnswered event(UUID appealId) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, eventId, appealId, answeredAt, answerId, departmentId,
                departmentName, kind, text, promisedBy, answeredBy);
    }

    /** Whether this answer waits for the operators' decision. */
    public boolean awaitsReview() {
        return review != null && review.status() == Review.Status.PENDING;
    }

    @Override
    public String toString() {
        return "Answer[answerId=" + answerId + ", kind=" + kind + ", text=" + Masking.mask(text)
                + ", departmentId=" + departmentId + ", review=" + (review == null ? null : review.status())
                + ", answeredBy=" + answeredBy + ", incident=" + incident + "]";
    }
}
