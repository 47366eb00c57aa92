package org.appeals.support.testing;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.UUID;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.bson.Document;

/**
 * What a document's outbox still holds, read as the outbox relay reads it: an event leaves it once the broker
 * acknowledged it, so an empty outbox means every event of the document is published.
 */
public final class StoredOutbox {

    private StoredOutbox() {
    }

    /** The events still waiting in the document {@code id} (stored as its string) of {@code collection}. */
    public static List<OutboxEvent> pending(MongoDatabase database, String collection, UUID id) {
        Document holder = database.getCollection(collection).find(new Document("_id", id.toString())).first();
        return holder == null ? List.of() : OutboxDocuments.events(holder);
    }
}
