package org.appeals.vk.callback;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code callback_events}: {@code _id} is VK's {@code event_id} (unique by nature), {@code status} PENDING until
 * processed, {@code leaseUntil} while an instance works on it.
 */
@Component
class MongoCallbackEvents implements CallbackEvents {

    private final MongoCollection<Document> collection;

    MongoCallbackEvents(MongoDatabase database) {
        this.collection = database.getCollection("callback_events");
        collection.createIndex(Indexes.ascending("status", "leaseUntil"), new IndexOptions().name("due"));
    }

    @Override
    public boolean record(StoredEvent event, Instant receivedAt, Instant leaseUntil) {
        try {
            collection.insertOne(new Document("_id", event.eventId()).append("type", event.type())
                    .append("json", event.json()).append("status", "PENDING")
                    .append("receivedAt", Date.from(receivedAt)).append("leaseUntil", Date.from(leaseUntil)));
            return true;
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredEvent> claimDue(Instant now, Instant leaseUntil) {
        Document claimed = collection.findOneAndUpdate(
                and(eq("status", "PENDING"), lte("leaseUntil", Date.from(now))),
                set("leaseUntil", Date.from(leaseUntil)));
        return Optional.ofNullable(claimed).map(d -> new StoredEvent(d.getString("_id"), d.getString("type"),
                d.getString("json")));
    }

    @Override
    public void done(String eventId, String outcome, Instant at) {
        collection.updateOne(eq("_id", eventId), combine(set("status", "DONE"), set("outcome", outcome),
                set("doneAt", Date.from(at)), unset("leaseUntil"), unset("json")));
    }
}
