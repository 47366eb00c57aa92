package org.appeals.department.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.support.outbox.OutboxEvent;

/**
 * Everything one step changes in an appeal, stored as one conditional write: the state, the facts that go with it
 * and the events that announce it. Either all of it is stored or none. It says what changes in the appeal's own
 * terms; how that is written is the store's business.
 */
public final class AppealChange {

    /** One thing the change does to the appeal; the store applies them in the order the step added them. */
    sealed interface Part permits NewState, AppliedEvent, NewAssignment, NewDeadlines, AddedAnswer,
            ReplacedAnswers, AddedMessage, NewRound, Milestone, FlaggedOverdue, NextDue {
    }

    record NewState(WorkflowState state) implements Part {
    }

    /** The consumed event (or request) is remembered, so its replay is refused by the same write. */
    record AppliedEvent(UUID eventId) implements Part {
    }

    record NewAssignment(Assignment assignment) implements Part {
    }

    /** The deadlines and the promise held beside them (null: none runs), stored together. */
    record NewDeadlines(Deadlines deadlines, Promise promise) implements Part {
    }

    record AddedAnswer(Answer answer) implements Part {
    }

    /** The answers as read, some of them changed: safe because the whole write is conditional on the version read. */
    record ReplacedAnswers(List<Answer> answers) implements Part {
    }

    record AddedMessage(ResidentMessage message) implements Part {
    }

    /** A new round: reopened or newly assigned; milestones and overdue flags start again. */
    record NewRound(Instant at) implements Part {
    }

    /** A milestone of the current round reached at {@code at}. */
    record Milestone(Kind kind, Instant at) implements Part {

        enum Kind {
            REACTED,
            ANSWERED,
            NOTIFIED
        }
    }

    record FlaggedOverdue(OverdueFlag flag) implements Part {
    }

    /** The earliest deadline that still runs, or null when none does. */
    record NextDue(Instant at) implements Part {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<OutboxEvent> events = new ArrayList<>();
    private UUID appliedEventId;

    public AppealChange state(WorkflowState next) {
        return add(new NewState(next));
    }

    /** Remembers the consumed event, so its replay is refused by the same update. */
    public AppealChange applied(UUID eventId) {
        appliedEventId = eventId;
        return add(new AppliedEvent(eventId));
    }

    public AppealChange assignment(Assignment assignment) {
        return add(new NewAssignment(assignment));
    }

    /** New deadlines, without a promise. */
    public AppealChange deadlines(Deadlines deadlines) {
        return deadlines(deadlines, null);
    }

    /** New deadlines and the promise that runs beside them (null: none). */
    public AppealChange deadlines(Deadlines deadlines, Promise promise) {
        return add(new NewDeadlines(deadlines, promise));
    }

    public AppealChange addAnswer(Answer answer) {
        return add(new AddedAnswer(answer));
    }

    /** Replaces the answers as read: safe because the whole update is conditional on the version read. */
    public AppealChange answers(List<Answer> answers) {
        return add(new ReplacedAnswers(List.copyOf(answers)));
    }

    public AppealChange addMessage(ResidentMessage message) {
        return add(new AddedMessage(message));
    }

    /** A new round: reopened or newly assigned; milestones and overdue flags start again. */
    public AppealChange newRound(Instant at) {
        return add(new NewRound(at));
    }

    public AppealChange reactedAt(Instant at) {
        return add(new Milestone(Milestone.Kind.REACTED, at));
    }

    public AppealChange answeredAt(Instant at) {
        return add(new Milestone(Milestone.Kind.ANSWERED, at));
    }

    public AppealChange notifiedAt(Instant at) {
        return add(new Milestone(Milestone.Kind.NOTIFIED, at));
    }

    public AppealChange overdue(OverdueFlag flag) {
        return add(new FlaggedOverdue(flag));
    }

    /** The earliest deadline that still runs, or null: kept with every change of state or deadlines. */
    public AppealChange nextDue(Instant at) {
        return add(new NextDue(at));
    }

    /** The event goes to {@code topic} once this change is stored. */
    public AppealChange publish(String topic, AppealEvent event) {
        events.add(OutboxEvent.of(topic, event));
        return this;
    }

    /** What the change does, in order. */
    List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The events this change publishes, in order. */
    public List<OutboxEvent> events() {
        return List.copyOf(events);
    }

    /** The event this change applies, whose replay the write must refuse; null if none. */
    UUID appliedEventId() {
        return appliedEventId;
    }

    private AppealChange add(Part part) {
        parts.add(part);
        return this;
    }
}
