package org.appeals.department.workflow;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.UUID;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealChanges;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.appeals.department.appeal.MongoPartDocuments;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Workflow steps in MongoDB; each is conditional on the version read, so concurrent writers cannot clash. It owns the
 * {@code appeals} collection's outbox: every change of an appeal that publishes events goes through the workflow.
 */
@Repository
class MongoWorkflowStore implements WorkflowStore {

    private final MongoCollection<Document> appeals;
    private final Outbox outbox;

    MongoWorkflowStore(MongoDatabase database, Outboxes outboxes) {
        appeals = MongoAppealDocuments.appeals(database);
        outbox = outboxes.of(appeals);
    }

    @Override
    public boolean insertAssigned(UUID appealId, Assignment assignment, AppealChange change) {
        Document appeal = new Document(ID, appealId.toString()).append(VERSION, 0L)
                .append(ASSIGNMENT, MongoPartDocuments.assignment(assignment)).append(ANSWERS, List.of());
        if (!MongoInserts.insertUnlessPresent(appeals, appeal)) {
            return false;
        }
        return appeals.updateOne(and(eq(ID, appealId.toString()), eq(VERSION, 0L)),
                MongoAppealChanges.update(change)).getMatchedCount() == 1;
    }

    @Override
    public boolean apply(DepartmentAppeal current, AppealChange change) {
        return appeals.updateOne(MongoAppealChanges.unchangedSince(current, change), MongoAppealChanges.update(change))
                .getMatchedCount() == 1;
    }

    @Override
    public boolean publish(UUID appealId, List<OutboxEvent> events) {
        return outbox.publish(appealId.toString(), events);
    }
}
