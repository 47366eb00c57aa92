package org.appeals.vk.reply;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code replies}: {@code _id} the delivery id; PENDING with a lease until the receipt went out, then DONE. */
@Component
class MongoReplies implements Replies {

    private final MongoCollection<Document> collection;

    MongoReplies(MongoDatabase database) {
        this.collection = database.getCollection("replies");
        collection.createIndex(Indexes.ascending("status", "leaseUntil"), new IndexOptions().name("due"));
    }

    @Override
    public boolean take(PendingReply reply, Instant leaseUntil) {
        try {
            collection.insertOne(new Document("_id", reply.deliveryId().toString())
                    .append("appealId", reply.appealId()).append("replyTo", new Document(reply.replyTo()))
                    .append("parts", reply.parts()).append("answer", reply.answer()).append("postedParts", 0)
                    .append("status", "PENDING").append("leaseUntil", Date.from(leaseUntil)));
            return true;
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<PendingReply> claimDue(Instant now, Instant leaseUntil) {
        Document claimed = collection.findOneAndUpdate(
                and(eq("status", "PENDING"), lte("leaseUntil", Date.from(now))),
                set("leaseUntil", Date.from(leaseUntil)));
        return Optional.ofNullable(claimed).map(MongoReplies::reply);
    }

    @Override
    public void posted(UUID deliveryId, int postedParts) {
        collection.updateOne(eq("_id", deliveryId.toString()), set("postedParts", postedParts));
    }

    @Override
    public void failed(UUID deliveryId, String reason) {
        collection.updateOne(eq("_id", deliveryId.toString()), set("failure", reason));
    }

    @Override
    public void finished(UUID deliveryId, Instant at) {
        collection.updateOne(eq("_id", deliveryId.toString()), combine(set("status", "DONE"),
                set("finishedAt", Date.from(at)), unset("leaseUntil"), unset("parts")));
    }

    private static PendingReply reply(Document d) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        d.get("replyTo", Document.class).forEach((key, value) -> replyTo.put(key, String.valueOf(value)));
        return new PendingReply(UUID.fromString(d.getString("_id")), d.getString("appealId"), replyTo,
                d.getList("parts", String.class), d.getBoolean("answer", false), d.getInteger("postedParts", 0),
                d.getString("failure"));
    }
}
