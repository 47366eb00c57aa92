package org.appeals.routing.learning;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.currentDate;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Labelled examples in the routing database, one per appeal and source; {@link LearningConfiguration} wires it.
 * {@code storedAt} is set by the MongoDB server ({@code $currentDate}), not by the instance that writes, so the
 * instances' clock skew does not hide one instance's examples from another that follows them.
 */
class MongoLabelledExamples implements LabelledExamples {

    private static final String STORED_AT = "storedAt";

    private final MongoCollection<Document> examples;

    MongoLabelledExamples(MongoDatabase database) {
        this.examples = database.getCollection("labelled_examples");
        examples.createIndex(Indexes.ascending(STORED_AT));
        // examples stored before they carried a time: stamped now, so every instance follows them once
        examples.updateMany(exists(STORED_AT, false), currentDate(STORED_AT));
    }

    @Override
    public void record(LabelledExample example) {
        examples.updateOne(eq("_id", example.key()), combine(fields(example), currentDate(STORED_AT)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public List<LabelledExample> all() {
        return examples.find().map(MongoLabelledExamples::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<StoredExample> storedSince(Instant since) {
        return examples.find(gte(STORED_AT, Date.from(since))).sort(ascending(STORED_AT))
                .map(document -> new StoredExample(fromDocument(document), document.getDate(STORED_AT).toInstant()))
                .into(new ArrayList<>());
    }

    // every field is set on each write, so a relabelling leaves nothing of the earlier label behind
    private static Bson fields(LabelledExample example) {
        return combine(set("appealId", example.appealId().toString()), set("text", example.text()),
                set("category", example.category().name()), set("municipality", example.municipality().name()),
                set("source", example.source().name()), set("recordedBy", example.recordedBy()),
                set("recordedAt", Date.from(example.recordedAt())));
    }

    private static LabelledExample fromDocument(Document document) {
        return new LabelledExample(UUID.fromString(document.getString("appealId")), document.getString("text"),
                Category.valueOf(document.getString("category")),
                Municipality.valueOf(document.getString("municipality")),
                LabelledExample.Source.valueOf(document.getString("source")),
                document.getString("recordedBy"), document.getDate("recordedAt").toInstant());
    }
}
