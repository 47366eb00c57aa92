package org.appeals.notification.delivery;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code deliveries} collection. {@code dueAt} says when a worker should next take a delivery up (absent once
 * its outcome is published); {@code claim} says which worker holds it.
 */
@Component
class MongoDeliveryCollection {

    private final MongoCollection<Document> collection;

    MongoDeliveryCollection(MongoDatabase database) {
        this.collection = database.getCollection("deliveries");
        collection.createIndex(Indexes.ascending("dueAt"));
        collection.createIndex(Indexes.ascending("appealId", "sequence"));
        collection.createIndex(Indexes.ascending("state", "channel"));
    }

    MongoCollection<Document> get() {
        return collection;
    }
}
