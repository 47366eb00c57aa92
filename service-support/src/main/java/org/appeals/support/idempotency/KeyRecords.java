package org.appeals.support.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;

/**
 * The {@code idempotency_keys} collection in the service's own database. The scoped key is the {@code _id}, so the
 * unique index every collection has on {@code _id} lets exactly one request claim a key; a TTL index on
 * {@code expiresAt} drops records once their retention ends (MongoDB's TTL sweep runs about once a minute, so a
 * record past {@code expiresAt} but not yet dropped counts as gone: see {@link KeyRecord#abandoned}).
 */
class KeyRecords {

    static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;

    KeyRecords(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** Claims a new key; false when a record for it exists already. */
    boolean claim(KeyRecord record) {
        try {
            keys.insertOne(new Document("_id", record.scopedKey()).append("bodyHash", record.bodyHash())
                    .append("holder", record.holder()).append("leaseUntil", Date.from(record.leaseUntil()))
                    .append("expiresAt", Date.from(record.expiresAt())));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    Optional<KeyRecord> find(String scopedKey) {
        return Optional.ofNullable(keys.find(eq("_id", scopedKey)).first()).map(KeyRecords::toRecord);
    }

    /** Takes over an abandoned record, unless another retry took it first (it is no longer held by {@code seen}). */
    boolean takeOver(KeyRecord seen, KeyRecord mine) {
        var result = keys.updateOne(and(eq("_id", seen.scopedKey()), eq("holder", seen.holder())),
                combine(set("bodyHash", mine.bodyHash()), set("holder", mine.holder()),
                        set("leaseUntil", Date.from(mine.leaseUntil())), set("expiresAt", Date.from(mine.expiresAt())),
                        unset("status"), unset("body")));
        return result.getModifiedCount() == 1;
    }

    /** Stores the first result, if {@code holder} still holds the key. */
    void complete(String scopedKey, String holder, KeyRecord.StoredResponse response) {
        keys.updateOne(and(eq("_id", scopedKey), eq("holder", holder)),
                combine(set("status", response.status()), set("body", response.body())));
    }

    /** Frees the key for a retry, if {@code holder} still holds it. */
    void release(String scopedKey, String holder) {
        keys.deleteOne(and(eq("_id", scopedKey), eq("holder", holder)));
    }

    private static KeyRecord toRecord(Document d) {
        Integer status = d.getInteger("status");
        return new KeyRecord(d.getString("_id"), d.getString("bodyHash"), d.getString("holder"),
                d.getDate("leaseUntil").toInstant(), d.getDate("expiresAt").toInstant(),
                status == null ? null : new KeyRecord.StoredResponse(status, d.getString("body")));
    }
}
