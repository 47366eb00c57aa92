package org.appeals.intake.appeal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Events in the {@code timeline} collection, one document per event with the eventId as {@code _id}: a replayed
 * event hits the primary key and changes nothing, and an event whose appeal is unknown here is kept all the same.
 */
@Component
class MongoTimeline implements Timeline {

    private final MongoCollection<Document> timeline;
    private final MongoEventDocuments documents;
    private final Clock clock;

    MongoTimeline(MongoDatabase database, MongoEventDocuments documents, Clock clock) {
        this.timeline = database.getCollection("timeline");
        this.documents = documents;
        this.clock = clock;
        timeline.createIndex(Indexes.ascending("appealId", "occurredAt"), new IndexOptions().name("appeal_occurredAt"));
    }

    @Override
    public boolean append(AppealEvent event) {
        try {
            timeline.insertOne(new Document("_id", event.eventId().toString())
                    .append("appealId", event.appealId().toString())
                    .append("kind", EventKind.of(event).name())
                    .append("occurredAt", Date.from(event.occurredAt()))
                    .append("storedAt", Date.from(clock.instant()))
                    .append("event", documents.toDocument(event)));
            return true;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<AppealEvent> of(UUID appealId) {
        return timeline.find(eq("appealId", appealId.toString()))
                .map(this::event)
                .into(new ArrayList<>());
    }

    private AppealEvent event(Document stored) {
        EventKind kind = EventKind.valueOf(stored.getString("kind"));
        return documents.fromDocument(stored.get("event", Document.class), kind.type());
    }
}
