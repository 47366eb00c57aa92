package org.appeals.department.appeal;

import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.AppealDocuments.*;
import static org.appeals.department.appeal.BsonValues.date;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Deadlines;
import org.appeals.department.workflow.AppealState;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Everything one step changes in an appeal, written as one conditional update: the state, the facts that go with
 * it and the events that announce it. Either all of it is stored or none.
 */
public final class AppealChange {

    private final List<Bson> updates = new ArrayList<>();
    private final List<Document> outbox = new ArrayList<>();
    private final List<OutboxEvent> events = new ArrayList<>();
    private UUID appliedEventId;

    public AppealChange state(AppealState next) {
        updates.add(set(STATE, next.name()));
        return this;
    }

    /** Remembers the consumed event, so its replay is refused by the same update. */
    public AppealChange applied(UUID eventId) {
        appliedEventId = eventId;
        updates.add(addToSet(APPLIED_EVENTS, eventId.toString()));
        return this;
    }

    public AppealChange assignment(Assignment assignment) {
        updates.add(set(ASSIGNMENT, PartDocuments.assignment(assignment)));
        return this;
    }

    public AppealChange deadlines(Deadlines deadlines) {
        updates.add(set(DEADLINES, PartDocuments.deadlines(deadlines)));
        return this;
    }

    public AppealChange addAnswer(Answer answer) {
        updates.add(push(ANSWERS, AppealDocuments.answer(answer)));
        return this;
    }

    /** Replaces the answers as read: safe because the whole update is conditional on the version read. */
    public AppealChange answers(List<Answer> answers) {
        updates.add(set(ANSWERS, answers.stream().map(AppealDocuments::answer).toList()));
        return this;
    }

    public AppealChange addMessage(ResidentMessage message) {
        updates.add(push(MESSAGES, AppealDocuments.message(message)));
        return this;
    }

    /** A new round: reopened or newly assigned; milestones and overdue flags start again. */
    public AppealChange newRound(Instant at) {
        updates.add(set(PROGRESS, AppealDocuments.progress(new DepartmentAppeal.Progress(at, null, null, null))));
        updates.add(set(OVERDUE, List.of()));
        updates.add(set(OVERDUE_FLAGGED, false));
        return this;
    }

    public AppealChange reactedAt(Instant at) {
        updates.add(set(PROGRESS + ".reactedAt", date(at)));
        return this;
    }

    public AppealChange answeredAt(Instant at) {
        updates.add(set(PROGRESS + ".answeredAt", date(at)));
        return this;
    }

    public AppealChange notifiedAt(Instant at) {
        updates.add(set(PROGRESS + ".notifiedAt", date(at)));
        return this;
    }

    public AppealChange overdue(OverdueFlag flag) {
        updates.add(push(OVERDUE, AppealDocuments.overdue(flag)));
        updates.add(set(OVERDUE_FLAGGED, true));
        return this;
    }

    /** The earliest deadline that still runs, or null: kept with every change of state or deadlines. */
    public AppealChange nextDue(Instant at) {
        updates.add(set(NEXT_DUE_AT, date(at)));
        return this;
    }

    /** The event goes to {@code topic} once this change is stored. */
    public AppealChange publish(String topic, AppealEvent event) {
        OutboxEvent entry = OutboxEvent.of(topic, event);
        events.add(entry);
        outbox.add(AppealDocuments.outbox(entry));
        return this;
    }

    /** The events this change publishes, in order. */
    public List<OutboxEvent> events() {
        return List.copyOf(events);
    }

    UUID appliedEventId() {
        return appliedEventId;
    }

    List<Bson> updates() {
        List<Bson> all = new ArrayList<>(updates);
        if (!outbox.isEmpty()) {
            all.add(pushEach(OUTBOX, outbox));
        }
        return all;
    }
}
