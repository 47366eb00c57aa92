package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.AppealDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.workflow.AppealState;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** The appeals in MongoDB; state changes are conditional on the version read, so concurrent writers cannot clash. */
@Repository
class MongoAppealStore implements AppealStore {

    private final MongoCollection<Document> appeals;
    private final ContentWriter contentWriter;
    private final AnswerOutbox outbox;

    MongoAppealStore(MongoDatabase database) {
        appeals = database.getCollection("appeals");
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending(DEPARTMENT_ID), Indexes.descending(ASSIGNED_AT)));
        contentWriter = new ContentWriter(appeals);
        outbox = new AnswerOutbox(appeals);
    }

    @Override
    public Optional<DepartmentAppeal> find(UUID appealId) {
        return Optional.ofNullable(appeals.find(eq(ID, appealId.toString())).first()).map(AppealDocuments::toAppeal);
    }

    @Override
    public List<DepartmentAppeal> inboxOf(String departmentId, Set<AppealState> states, int limit) {
        List<String> stateNames = states.stream().map(Enum::name).toList();
        return appeals.find(and(eq(DEPARTMENT_ID, departmentId), in(STATE, stateNames)))
                .sort(Sorts.descending(ASSIGNED_AT)).limit(limit)
                .map(AppealDocuments::toAppeal).into(new ArrayList<>());
    }

    @Override
    public boolean recordContent(UUID appealId, UUID eventId, Content content) {
        return contentWriter.record(appealId, eventId, content);
    }

    @Override
    public boolean insertAssigned(UUID appealId, UUID eventId, Assignment assignment) {
        Document appeal = new Document(ID, appealId.toString()).append(VERSION, 1L)
                .append(STATE, AppealState.ASSIGNED.name()).append(ASSIGNMENT, PartDocuments.assignment(assignment))
                .append(ANSWERS, List.of()).append(APPLIED_EVENTS, List.of(eventId.toString()));
        return Inserts.insertUnlessPresent(appeals, appeal);
    }

    @Override
    public boolean reassign(DepartmentAppeal current, UUID eventId, Assignment assignment) {
        return changed(current, eventId, combine(set(ASSIGNMENT, PartDocuments.assignment(assignment)),
                set(STATE, AppealState.ASSIGNED.name()), addToSet(APPLIED_EVENTS, eventId.toString())));
    }

    @Override
    public boolean moveTo(DepartmentAppeal current, AppealState next, UUID eventId) {
        return changed(current, eventId, combine(set(STATE, next.name()), addToSet(APPLIED_EVENTS, eventId.toString())));
    }

    @Override
    public boolean addAnswer(DepartmentAppeal current, AppealState next, Answer answer) {
        return changed(current, answer.eventId(), combine(set(STATE, next.name()),
                push(ANSWERS, AppealDocuments.answer(answer))));
    }

    @Override
    public void markPublished(UUID appealId, UUID answerId) {
        outbox.markPublished(appealId, answerId);
    }

    @Override
    public List<PendingAnswer> unpublishedBefore(Instant cutoff, int limit) {
        return outbox.unpublishedBefore(cutoff, limit);
    }

    /** Applies {@code update} only if nobody changed the appeal since {@code current} was read. */
    private boolean changed(DepartmentAppeal current, UUID eventId, Bson update) {
        Bson unchanged = and(eq(ID, current.appealId().toString()), eq(VERSION, current.version()),
                ne(APPLIED_EVENTS, eventId.toString()));
        return appeals.updateOne(unchanged, combine(update, inc(VERSION, 1L))).getMatchedCount() == 1;
    }
}
