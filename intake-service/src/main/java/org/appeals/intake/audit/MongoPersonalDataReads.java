package org.appeals.intake.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Reads (and admins' exports and erasures) in the {@code personal_data_reads} collection, one document each. Indexed
 * for the three ways admins ask: the latest overall, of one appeal, by one person.
 */
@Component
class MongoPersonalDataReads implements PersonalDataReads {

    private final MongoCollection<Document> reads;
    private final Clock clock;

    MongoPersonalDataReads(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection("personal_data_reads");
        this.clock = clock;
        reads.createIndex(Indexes.descending("at"), new IndexOptions().name("at"));
        reads.createIndex(Indexes.compoundIndex(Indexes.ascending("appealId"), Indexes.descending("at")),
                new IndexOptions().name("appeal_at"));
        reads.createIndex(Indexes.compoundIndex(Indexes.ascending("actor.id"), Indexes.descending("at")),
                new IndexOptions().name("actor_at"));
    }

    @Override
    public void record(UUID appealId, Actor actor, PersonalDataAction action) {
        reads.insertOne(new Document("appealId", appealId.toString())
                .append("actor", new Document("id", actor.id()).append("role", actor.role()))
                .append("at", Date.from(clock.instant()))
                .append("action", action.name()));
    }

    @Override
    public List<PersonalDataRead> latest(UUID appealId, String actorId, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (appealId != null) {
            filters.add(eq("appealId", appealId.toString()));
        }
        if (actorId != null) {
            filters.add(eq("actor.id", actorId));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return reads.find(filter).sort(Sorts.descending("at", "_id")).limit(limit)
                .map(MongoPersonalDataReads::read).into(new ArrayList<>());
    }

    private static PersonalDataRead read(Document document) {
        Document actor = document.get("actor", Document.class);
        return new PersonalDataRead(UUID.fromString(document.getString("appealId")),
                new Actor(actor.getString("id"), actor.getString("role")), document.getDate("at").toInstant(),
                action(document.getString("action")));
    }

    /** Reads recorded before exports and erasures were recorded beside them have no action. */
    private static PersonalDataAction action(String stored) {
        return stored == null ? PersonalDataAction.READ : PersonalDataAction.valueOf(stored);
    }
}
