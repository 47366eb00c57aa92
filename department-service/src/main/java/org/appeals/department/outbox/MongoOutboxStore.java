package org.appeals.department.outbox;

import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.pull;
import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoAppealDocuments.ID;
import static org.appeals.department.appeal.MongoAppealDocuments.OUTBOX;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The outboxes inside the appeals' documents. */
@Repository
class MongoOutboxStore implements OutboxStore {

    private final MongoCollection<Document> appeals;

    MongoOutboxStore(MongoDatabase database) {
        appeals = MongoAppealDocuments.appeals(database);
        appeals.createIndex(Indexes.ascending(OUTBOX + ".createdAt"));
    }

    @Override
    public void published(UUID appealId, UUID eventId) {
        appeals.updateOne(eq(ID, appealId.toString()), pull(OUTBOX, new Document("eventId", eventId.toString())));
    }

    @Override
    public List<DepartmentAppeal> withOutboxBefore(Instant cutoff, int limit) {
        return MongoAppealDocuments.find(appeals, elemMatch(OUTBOX, lt("createdAt", date(cutoff))),
                Sorts.ascending(ID), limit);
    }
}
