package org.appeals.intake.resident;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Wrong codes in the {@code access_code_failures} collection, one document per attempt; MongoDB's TTL monitor removes
 * each once its {@code forgetAt} passed, so the collection holds one window's attempts at most.
 */
@Component
class MongoCodeFailures implements CodeFailures {

    private final MongoCollection<Document> failures;

    MongoCodeFailures(MongoDatabase database) {
        this.failures = database.getCollection("access_code_failures");
        failures.createIndex(Indexes.ascending("number", "at"), new IndexOptions().name("number_at"));
        failures.createIndex(Indexes.ascending("forgetAt"),
                new IndexOptions().name("forgetAt").expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public void record(String number, Instant at, Instant forgetAt) {
        failures.insertOne(new Document("number", number).append("at", Date.from(at))
                .append("forgetAt", Date.from(forgetAt)));
    }

    @Override
    public List<Instant> since(String number, Instant since) {
        return failures.find(and(eq("number", number), gt("at", Date.from(since))))
                .sort(Sorts.ascending("at"))
                .map(failure -> failure.getDate("at").toInstant())
                .into(new ArrayList<>());
    }
}
