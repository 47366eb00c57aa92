package org.appeals.intake.support;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.UUID;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.bson.Document;

/**
 * What an appeal's or a response's document still holds in its outbox, read as the outbox relay reads it: an event
 * leaves it once the broker acknowledged it, so an empty outbox means the event is published.
 */
public final class StoredOutbox {

    private StoredOutbox() {
    }

    /** The events still waiting in the appeal registered as {@code appealId}. */
    public static List<OutboxEvent> ofAppeal(MongoDatabase database, UUID appealId) {
        return pending(database, "appeals", appealId);
    }

    /** The events still waiting in the response stored as {@code responseId}. */
    public static List<OutboxEvent> ofResponse(MongoDatabase database, UUID responseId) {
        return pending(database, "responses", responseId);
    }

    private static List<OutboxEvent> pending(MongoDatabase database, String collection, UUID id) {
        Document holder = database.getCollection(collection).find(new Document("_id", id.toString())).first();
        return holder == null ? List.of() : OutboxDocuments.events(holder);
    }
}
