package org.appeals.telegram.feedback;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** {@code feedback_prompts}: one document per final answer's buttons, by key. */
@Component
class MongoFeedbackPrompts implements FeedbackPrompts {

    private final MongoCollection<Document> prompts;

    MongoFeedbackPrompts(MongoDatabase database) {
        this.prompts = database.getCollection("feedback_prompts");
    }

    @Override
    public void create(String key, String appealId, long chatId) {
        prompts.updateOne(Filters.eq("_id", key), Updates.combine(Updates.setOnInsert("appealId", appealId),
                Updates.setOnInsert("chatId", chatId), Updates.setOnInsert("submitted", false)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<FeedbackPrompt> choose(String key, Integer rating, Boolean solved) {
        List<Bson> changes = new ArrayList<>();
        if (rating != null) {
            changes.add(Updates.set("rating", rating));
        }
        if (solved != null) {
            changes.add(Updates.set("solved", solved));
        }
        Bson filter = Filters.eq("_id", key);
        Document doc = changes.isEmpty() ? prompts.find(filter).first() : prompts.findOneAndUpdate(filter,
                Updates.combine(changes), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(doc).map(d -> new FeedbackPrompt(key, d.getString("appealId"), d.getLong("chatId"),
                d.getInteger("rating"), d.getBoolean("solved"), d.getBoolean("submitted", false)));
    }

    @Override
    public void submitted(String key) {
        prompts.updateOne(Filters.eq("_id", key), Updates.set("submitted", true));
    }
}
