package org.appeals.routing.rules;

import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.appeals.contracts.Actor;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Every change to the directory and the overrides, in the {@code routing_audit} collection, newest first. */
@Repository
class MongoAuditLog {

    private final MongoCollection<Document> entries;

    MongoAuditLog(MongoDatabase database) {
        this.entries = database.getCollection("routing_audit");
        entries.createIndex(Indexes.descending("at"));
    }

    void record(AuditEntry entry) {
        entries.insertOne(new Document("at", Date.from(entry.at()))
                .append("actor", new Document("id", entry.actor().id()).append("role", entry.actor().role()))
                .append("change", entry.change().name())
                .append("target", entry.target())
                .append("before", entry.before() == null ? null : new Document(entry.before()))
                .append("after", entry.after() == null ? null : new Document(entry.after())));
    }

    List<AuditEntry> latest(int limit) {
        return entries.find().sort(descending("at", "_id")).limit(limit).map(MongoAuditLog::entry)
                .into(new ArrayList<>());
    }

    /** Entries written before the audit kept an actor kept the client id and role side by side. */
    private static Actor actor(Document document) {
        Document actor = document.get("actor", Document.class);
        return actor != null ? new Actor(actor.getString("id"), actor.getString("role"))
                : new Actor(document.getString("clientId"), document.getString("role"));
    }

    private static AuditEntry entry(Document document) {
        return new AuditEntry(document.getDate("at").toInstant(), actor(document),
                ChangeKind.valueOf(document.getString("change")),
                document.getString("target"), document.get("before", Document.class),
                document.get("after", Document.class));
    }
}
