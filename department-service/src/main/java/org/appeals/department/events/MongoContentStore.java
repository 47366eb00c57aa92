package org.appeals.department.events;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static org.appeals.department.appeal.MongoAppealDocuments.*;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import java.util.UUID;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.appeals.department.appeal.MongoPartDocuments;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Upserts what the resident wrote, guarded by the event id. The content does not take part in the workflow, so it
 * needs no version check: it may arrive before or after the assignment and never changes the state.
 */
@Repository
class MongoContentStore implements ContentStore {

    private final MongoCollection<Document> appeals;
    private final RaceRetry retry;

    MongoContentStore(MongoDatabase database, RaceRetry retry) {
        appeals = MongoAppealDocuments.appeals(database);
        this.retry = retry;
    }

    @Override
    public boolean recordContent(UUID appealId, UUID eventId, Content content) {
        return retry.untilWon(() -> {
            try {
                return upsert(appealId, eventId, content);
            } catch (MongoException e) {
                // a duplicate key means either a replay (the filter excluded the applied event) or a concurrent
                // first insert, which the next round finds and updates
                if (!DuplicateKeys.isDuplicateKey(e)) {
                    throw e;
                }
                if (alreadyApplied(appealId, eventId)) {
                    return false;
                }
                throw new LostRace("appeal " + appealId);
            }
        });
    }

    private boolean upsert(UUID appealId, UUID eventId, Content content) {
        var notYetApplied = and(eq(ID, appealId.toString()), ne(APPLIED_EVENTS, eventId.toString()));
        var update = combine(set(CONTENT, MongoPartDocuments.content(content)),
                addToSet(APPLIED_EVENTS, eventId.toString()), setOnInsert(VERSION, 0L), setOnInsert(ANSWERS, List.of()));
        var result = appeals.updateOne(notYetApplied, update, new UpdateOptions().upsert(true));
        return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
    }

    private boolean alreadyApplied(UUID appealId, UUID eventId) {
        return appeals.find(and(eq(ID, appealId.toString()), eq(APPLIED_EVENTS, eventId.toString()))).first() != null;
    }
}
