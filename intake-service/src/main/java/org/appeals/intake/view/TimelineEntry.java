package org.appeals.intake.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.WorkflowState;

/**
 * One event of an appeal's life. {@code kind} and {@code text} come with answers (kind also with notifications,
 * naming the answer delivered; text also with the resident's responses), {@code promisedBy} with interim answers,
 * {@code outcome} with notifications, {@code state} with workflow moves, {@code deadline} and {@code dueAt} with
 * missed deadlines, {@code rating} and {@code solved} with feedback, {@code actor} with the acts of people and of the
 * platform (routing decisions, answers, workflow moves; left out where an older event did not say); the rest leave
 * them out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(
        UUID eventId,
        EntryType type,
        Instant occurredAt,
        String summary,
        AnswerKind kind,
        String text,
        DeliveryOutcome outcome,
        LocalDate promisedBy,
        WorkflowState state,
        DeadlineKind deadline,
        Instant dueAt,
        Integer rating,
        Boolean solved,
        ActorView actor) {

    /** What happened. */
    enum EntryType { RECEIVED, ASSIGNED, TRIAGE, ANSWERED, NOTIFIED, STATE_CHANGED, OVERDUE, RESPONDED }

    static TimelineEntry of(UUID eventId, EntryType type, Instant occurredAt, String summary) {
        return new TimelineEntry(eventId, type, occurredAt, summary, null, null, null, null, null, null, null, null,
                null, null);
    }

    TimelineEntry withAnswer(AnswerKind kind, String text, LocalDate promisedBy) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    TimelineEntry withOutcome(DeliveryOutcome outcome) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    TimelineEntry withState(WorkflowState state) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    TimelineEntry withDeadline(DeadlineKind deadline, Instant dueAt) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    TimelineEntry withResponse(String text, Integer rating, Boolean solved) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    TimelineEntry withActor(ActorView actor) {
        return new TimelineEntry(eventId, type, occurredAt, summary, kind, text, outcome, promisedBy, state, deadline,
                dueAt, rating, solved, actor);
    }

    /** Who did it: the id (a staff member's login) only for staff; channels see the role alone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActorView(String id, String role) {

        static ActorView of(Actor actor, boolean staff) {
            return actor == null ? null : new ActorView(staff ? actor.id() : null, actor.role());
        }
    }
}
