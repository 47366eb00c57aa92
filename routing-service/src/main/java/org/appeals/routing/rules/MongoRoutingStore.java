package org.appeals.routing.rules;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.List;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.RuleOverride;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The directory ({@code departments}) and overrides ({@code routing_overrides}) in MongoDB, with a version counter
 * ({@code routing_meta}) that every change moves on, so each routing instance can tell its cache is stale.
 */
@Repository
class MongoRoutingStore {

    private static final Document VERSION_ID = new Document("_id", "rules");

    private final MongoCollection<Document> departments;
    private final MongoCollection<Document> overrides;
    private final MongoCollection<Document> meta;

    MongoRoutingStore(MongoDatabase database) {
        this.departments = database.getCollection("departments");
        this.overrides = database.getCollection("routing_overrides");
        this.meta = database.getCollection("routing_meta");
    }

    /** Fills an empty directory, once: several instances starting together insert each department at most once. */
    void seedIfEmpty(List<Department> seed) {
        if (departments.countDocuments() == 0) {
            MongoRoutingDocuments.all(seed).forEach(document -> ignoringDuplicates(() -> departments.insertOne(document)));
        }
        ignoringDuplicates(() -> meta.updateOne(VERSION_ID, setOnInsert("version", 0L),
                new UpdateOptions().upsert(true)));
    }

    long version() {
        Document found = meta.find(VERSION_ID).first();
        return found == null ? 0 : ((Number) found.get("version")).longValue();
    }

    /** Moves the version on only if it is still {@code expected}: the one editor that wins may write. */
    boolean claim(long expected) {
        return meta.updateOne(and(VERSION_ID, eq("version", expected)), inc("version", 1L)).getMatchedCount() == 1;
    }

    /** Moves the version on after a write, so every instance reloads what was written. */
    void touch() {
        meta.updateOne(VERSION_ID, inc("version", 1L));
    }

    List<Department> departments() {
        return departments.find().map(MongoRoutingDocuments::department).into(new ArrayList<>());
    }

    List<RuleOverride> overrides() {
        return overrides.find().map(MongoRoutingDocuments::override).into(new ArrayList<>());
    }

    void save(Department department) {
        departments.replaceOne(eq("_id", department.id()), MongoRoutingDocuments.toDocument(department),
                new ReplaceOptions().upsert(true));
    }

    void save(RuleOverride override) {
        overrides.replaceOne(eq("_id", MongoRoutingDocuments.key(override)), MongoRoutingDocuments.toDocument(override),
                new ReplaceOptions().upsert(true));
    }

    void delete(RuleOverride override) {
        overrides.deleteOne(eq("_id", MongoRoutingDocuments.key(override)));
    }

    private static void ignoringDuplicates(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
