package org.appeals.email.reply;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Sent deliveries in the {@code sent_replies} collection, keyed by delivery id (no other index is needed). */
@Component
class MongoSentReplies implements SentReplies {

    private final MongoCollection<Document> collection;

    MongoSentReplies(MongoDatabase database) {
        this.collection = database.getCollection("sent_replies");
    }

    @Override
    public boolean wasSent(String deliveryId) {
        return collection.find(eq("_id", deliveryId)).first() != null;
    }

    @Override
    public void remember(String deliveryId, String messageId, Instant sentAt) {
        try {
            collection.insertOne(new Document("_id", deliveryId).append("messageId", messageId)
                    .append("sentAt", Date.from(sentAt)));
        } catch (MongoException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
