package org.appeals.telegram.inbound;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code updates}: {@code _id} = update_id, so a re-sent update is one document; {@code state} PENDING or DONE. */
@Component
class MongoUpdateInbox implements UpdateInbox {

    private final MongoCollection<Document> updates;
    private final Clock clock;

    MongoUpdateInbox(MongoDatabase database, Clock clock) {
        this.updates = database.getCollection("updates");
        this.clock = clock;
        updates.createIndex(Indexes.ascending("state"));
    }

    @Override
    public boolean record(long updateId, String json) {
        try {
            updates.insertOne(new Document("_id", updateId).append("update", json).append("state", "PENDING")
                    .append("attempts", 0).append("receivedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<StoredUpdate> pending(int limit) {
        List<StoredUpdate> found = new ArrayList<>();
        for (Document doc : updates.find(Filters.eq("state", "PENDING")).sort(Sorts.ascending("_id")).limit(limit)) {
            found.add(new StoredUpdate(doc.getLong("_id"), doc.getString("update")));
        }
        return found;
    }

    @Override
    public void done(long updateId, String outcome) {
        // the update's content (the resident's words) is not kept once handled
        updates.updateOne(Filters.eq("_id", updateId), Updates.combine(Updates.set("state", "DONE"),
                Updates.set("outcome", outcome), Updates.unset("update"),
                Updates.set("doneAt", Date.from(clock.instant()))));
    }

    @Override
    public int failed(long updateId, String reason) {
        Document doc = updates.findOneAndUpdate(Filters.eq("_id", updateId), Updates.combine(
                Updates.inc("attempts", 1), Updates.set("lastError", reason)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return doc == null ? Integer.MAX_VALUE : doc.getInteger("attempts", 0);
    }
}
