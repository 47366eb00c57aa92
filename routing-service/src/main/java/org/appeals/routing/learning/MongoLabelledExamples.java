package org.appeals.routing.learning;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.bson.Document;

/** Labelled examples in the routing database, one per appeal and source; {@link LearningConfiguration} wires it. */
class MongoLabelledExamples implements LabelledExamples {

    private final MongoCollection<Document> examples;

    MongoLabelledExamples(MongoDatabase database) {
        this.examples = database.getCollection("labelled_examples");
    }

    @Override
    public void record(LabelledExample example) {
        String id = example.appealId() + ":" + example.source();
        examples.replaceOne(new Document("_id", id), toDocument(id, example), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<LabelledExample> all() {
        return examples.find().map(MongoLabelledExamples::fromDocument).into(new ArrayList<>());
    }

    private static Document toDocument(String id, LabelledExample example) {
        return new Document("_id", id)
                .append("appealId", example.appealId().toString())
                .append("text", example.text())
                .append("category", example.category().name())
                .append("municipality", example.municipality().name())
                .append("source", example.source().name())
                .append("recordedBy", example.recordedBy())
                .append("recordedAt", Date.from(example.recordedAt()));
    }

    private static LabelledExample fromDocument(Document document) {
        return new LabelledExample(UUID.fromString(document.getString("appealId")), document.getString("text"),
                Category.valueOf(document.getString("category")),
                Municipality.valueOf(document.getString("municipality")),
                LabelledExample.Source.valueOf(document.getString("source")),
                document.getString("recordedBy"), document.getDate("recordedAt").toInstant());
    }
}
