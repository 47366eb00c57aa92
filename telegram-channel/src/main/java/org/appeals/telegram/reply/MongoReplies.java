package org.appeals.telegram.reply;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code replies}: {@code _id} = delivery id; {@code state} SENDING (posting), REPORTING (posted or failed, the
 * receipt not yet taken by the gateway), DONE. The text is dropped once posted.
 */
@Component
class MongoReplies implements Replies {

    private final MongoCollection<Document> replies;
    private final Clock clock;

    MongoReplies(MongoDatabase database, Clock clock) {
        this.replies = database.getCollection("replies");
        this.clock = clock;
        replies.createIndex(Indexes.compoundIndex(Indexes.ascending("state"), Indexes.ascending("notBefore")));
    }

    @Override
    public boolean take(PendingReply reply) {
        try {
            replies.insertOne(new Document("_id", reply.deliveryId().toString()).append("appealId", reply.appealId())
                    .append("chatId", reply.chatId()).append("replyToMessageId", reply.replyToMessageId())
                    .append("finalAnswer", reply.finalAnswer()).append("parts", reply.parts())
                    .append("sentParts", 0).append("attempts", 0).append("state", "SENDING")
                    .append("notBefore", Date.from(clock.instant())).append("takenAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<PendingReply> due(Instant now, int limit) {
        List<PendingReply> found = new ArrayList<>();
        for (Document doc : replies.find(Filters.and(Filters.eq("state", "SENDING"),
                Filters.lte("notBefore", Date.from(now)))).sort(Sorts.ascending("takenAt")).limit(limit)) {
            found.add(new PendingReply(UUID.fromString(doc.getString("_id")), doc.getString("appealId"),
                    doc.getLong("chatId"), doc.getLong("replyToMessageId"), doc.getBoolean("finalAnswer", false),
                    doc.getList("parts", String.class), doc.getInteger("sentParts", 0), doc.getInteger("attempts", 0)));
        }
        return found;
    }

    @Override
    public void partsSent(UUID deliveryId, int sentParts) {
        replies.updateOne(Filters.eq("_id", deliveryId.toString()), Updates.set("sentParts", sentParts));
    }

    @Override
    public void outcome(UUID deliveryId, boolean delivered, String reason) {
        replies.updateOne(Filters.eq("_id", deliveryId.toString()), Updates.combine(Updates.set("state", "REPORTING"),
                Updates.set("delivered", delivered), Updates.set("reason", reason), Updates.unset("parts")));
    }

    @Override
    public int later(UUID deliveryId, Instant notBefore, String reason) {
        Document doc = replies.findOneAndUpdate(Filters.eq("_id", deliveryId.toString()), Updates.combine(
                Updates.inc("attempts", 1), Updates.set("notBefore", Date.from(notBefore)),
                Updates.set("lastError", reason)), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return doc == null ? Integer.MAX_VALUE : doc.getInteger("attempts", 0);
    }

    @Override
    public List<Outcome> unreported(int limit) {
        List<Outcome> found = new ArrayList<>();
        for (Document doc : replies.find(Filters.eq("state", "REPORTING")).limit(limit)) {
            found.add(new Outcome(UUID.fromString(doc.getString("_id")), doc.getBoolean("delivered", false),
                    doc.getString("reason")));
        }
        return found;
    }

    @Override
    public void reported(UUID deliveryId) {
        replies.updateOne(Filters.eq("_id", deliveryId.toString()), Updates.set("state", "DONE"));
    }
}
