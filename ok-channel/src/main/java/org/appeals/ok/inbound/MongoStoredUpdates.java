package org.appeals.ok.inbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code updates}: {@code _id} = the message's mid (unique), state PENDING → HANDLED (the update's JSON is dropped
 * then), a lease per worker.
 */
@Repository
class MongoStoredUpdates implements StoredUpdates {

    private static final String PENDING = "PENDING";
    private final MongoCollection<Document> updates;

    MongoStoredUpdates(MongoDatabase database) {
        this.updates = database.getCollection("updates");
        updates.createIndex(Indexes.ascending("state", "dueAt"));
    }

    @Override
    public boolean store(String mid, String json, Instant receivedAt) {
        Date at = Date.from(receivedAt);
        try {
            updates.insertOne(new Document("_id", mid).append("json", json).append("state", PENDING)
                    .append("attempts", 0).append("receivedAt", at).append("dueAt", at).append("leaseUntil", at));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredUpdate> claim(String mid, Instant now, Instant leaseUntil) {
        Document claimed = updates.findOneAndUpdate(
                Filters.and(Filters.eq("_id", mid), Filters.eq("state", PENDING),
                        Filters.lte("leaseUntil", Date.from(now))),
                Updates.combine(Updates.set("leaseUntil", Date.from(leaseUntil)), Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed)
                .map(d -> new StoredUpdate(d.getString("_id"), d.getString("json"), d.getInteger("attempts", 1)));
    }

    @Override
    public List<String> due(Instant now, int limit) {
        List<String> mids = new ArrayList<>();
        updates.find(Filters.and(Filters.eq("state", PENDING), Filters.lte("dueAt", Date.from(now)),
                        Filters.lte("leaseUntil", Date.from(now))))
                .sort(Sorts.ascending("dueAt")).limit(limit).forEach(d -> mids.add(d.getString("_id")));
        return mids;
    }

    @Override
    public void handled(String mid, String outcome) {
        // the resident's words and name are not kept once the platform has them; the mid stays to spot re-sends
        updates.updateOne(Filters.eq("_id", mid), Updates.combine(Updates.set("state", "HANDLED"),
                Updates.set("outcome", outcome), Updates.unset("json")));
    }

    @Override
    public void retryAt(String mid, Instant at, String reason) {
        updates.updateOne(Filters.eq("_id", mid), Updates.combine(Updates.set("dueAt", Date.from(at)),
                Updates.set("leaseUntil", Date.from(at)), Updates.set("lastError", reason)));
    }
}
