package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static org.appeals.department.appeal.AppealDocuments.*;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import java.util.UUID;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;

/**
 * Upserts what the resident wrote, guarded by the event id. The content does not take part in the workflow, so it
 * needs no version check: it may arrive before or after the assignment and never changes the state.
 */
final class ContentWriter {

    private final MongoCollection<Document> appeals;

    ContentWriter(MongoCollection<Document> appeals) {
        this.appeals = appeals;
    }

    boolean record(UUID appealId, UUID eventId, Content content) {
        // a duplicate key means either a replay (the filter excluded the applied event) or a concurrent first insert
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return upsert(appealId, eventId, content);
            } catch (MongoException e) {
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                if (alreadyApplied(appealId, eventId)) {
                    return false;
                }
            }
        }
        throw new IllegalStateException("appeal " + appealId + " kept changing while its content was stored");
    }

    private boolean upsert(UUID appealId, UUID eventId, Content content) {
        var notYetApplied = and(eq(ID, appealId.toString()), ne(APPLIED_EVENTS, eventId.toString()));
        var update = combine(set(CONTENT, PartDocuments.content(content)), addToSet(APPLIED_EVENTS, eventId.toString()),
                setOnInsert(VERSION, 0L), setOnInsert(ANSWERS, List.of()));
        var result = appeals.updateOne(notYetApplied, update, new UpdateOptions().upsert(true));
        return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
    }

    private boolean alreadyApplied(UUID appealId, UUID eventId) {
        return appeals.find(and(eq(ID, appealId.toString()), eq(APPLIED_EVENTS, eventId.toString()))).first() != null;
    }
}
