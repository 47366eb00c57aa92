package org.appeals.gateway.keys;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Keys in collection {@code keys} (by digest), their audit in {@code key_actions}; the gateway's own database. */
class MongoKeyStore implements KeyStore {

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> actions;

    MongoKeyStore(MongoDatabase database) {
        this.keys = database.getCollection("keys");
        this.actions = database.getCollection("key_actions");
    }

    @Override
    public void createIndexes() {
        guarded(() -> {
            keys.createIndex(Indexes.ascending("id"), new IndexOptions().unique(true));
            return actions.createIndex(Indexes.descending("at"));
        });
    }

    @Override
    public void insert(StoredKey key) {
        guarded(() -> keys.insertOne(MongoKeyDocuments.toDocument(key)));
    }

    @Override
    public boolean insertIfAbsent(StoredKey key) {
        Document fields = MongoKeyDocuments.toDocument(key);
        fields.remove("_id");
        return guarded(() -> keys.updateOne(eq("_id", key.digest()), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true)).getUpsertedId() != null);
    }

    @Override
    public Optional<StoredKey> findByDigest(String digest) {
        return guarded(() -> Optional.ofNullable(keys.find(eq("_id", digest)).first())
                .map(MongoKeyDocuments::fromDocument));
    }

    @Override
    public Optional<StoredKey> findById(String id) {
        return guarded(() -> Optional.ofNullable(keys.find(eq("id", id)).first()).map(MongoKeyDocuments::fromDocument));
    }

    @Override
    public List<StoredKey> all() {
        return guarded(() -> keys.find().sort(Sorts.ascending("createdAt")).map(MongoKeyDocuments::fromDocument)
                .into(new ArrayList<>()));
    }

    @Override
    public void markUsed(String digest, Instant at, Instant unlessAfter) {
        guarded(() -> keys.updateOne(and(eq("_id", digest), or(eq("lastUsedAt", null),
                lte("lastUsedAt", Date.from(unlessAfter)))), set("lastUsedAt", Date.from(at))));
    }

    @Override
    public boolean retire(String id, Instant expiresAt, String rotatedTo, Instant now) {
        Bson usable = and(eq("id", id), eq("revokedAt", null), eq("rotatedTo", null),
                or(eq("expiresAt", null), gt("expiresAt", Date.from(now))));
        return guarded(() -> keys.updateOne(usable, combine(set("expiresAt", Date.from(expiresAt)),
                set("rotatedTo", rotatedTo))).getModifiedCount() == 1);
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return guarded(() -> keys.updateOne(and(eq("id", id), eq("revokedAt", null)),
                set("revokedAt", Date.from(at))).getModifiedCount() == 1);
    }

    @Override
    public void record(KeyAction action) {
        guarded(() -> actions.insertOne(MongoKeyDocuments.toDocument(action)));
    }

    @Override
    public List<KeyAction> actions(int limit) {
        return guarded(() -> actions.find().sort(Sorts.descending("at")).limit(limit).map(MongoKeyDocuments::actionFrom)
                .into(new ArrayList<>()));
    }

    /** The driver's failures (store away, no majority, timeouts) leave the adapter as the key store's own. */
    private static <T> T guarded(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (MongoException e) {
            throw new KeyStoreUnavailable(e);
        }
    }
}
