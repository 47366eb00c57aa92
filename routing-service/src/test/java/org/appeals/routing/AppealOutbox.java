package org.appeals.routing;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.UUID;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.bson.Document;

/**
 * What an appeal's document still holds in its outbox, read as the outbox relay reads it: an event leaves it once
 * appeals.assigned acknowledged it, so an empty outbox means every decision about the appeal is published.
 */
final class AppealOutbox {

    private AppealOutbox() {
    }

    static List<OutboxEvent> pending(MongoDatabase database, UUID appealId) {
        Document appeal = database.getCollection("appeals").find(new Document("_id", appealId.toString())).first();
        return appeal == null ? List.of() : OutboxDocuments.events(appeal);
    }

    static boolean published(MongoDatabase database, UUID appealId) {
        return pending(database, appealId).isEmpty();
    }
}
