package org.appeals.notification.delivery;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code deliveries} collection. {@code dueAt} says when a worker should next take a delivery up (absent once
 * it has ended); {@code claim} says which worker holds it; {@code outbox} holds the AppealNotified of an ended
 * delivery until the broker has it, published by the worker that ended it or else by the outbox relay.
 */
@Component
class MongoDeliveryCollection {

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoDeliveryCollection(MongoDatabase database, Outboxes outboxes) {
        this.collection = database.getCollection("deliveries");
        collection.createIndex(Indexes.ascending("dueAt"));
        collection.createIndex(Indexes.ascending("appealId", "sequence"));
        collection.createIndex(Indexes.ascending("state", "channel"));
        this.outbox = outboxes.of(collection);
    }

    MongoCollection<Document> get() {
        return collection;
    }

    Outbox outbox() {
        return outbox;
    }
}
