package org.appeals.ok.outbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** {@code replies}: {@code _id} = the delivery id (unique); state PENDING → REPORT (outcome known) → DONE. */
@Repository
class MongoStoredReplies implements StoredReplies {

    private static final String PENDING = "PENDING";
    private static final String REPORT = "REPORT";
    private final MongoCollection<Document> replies;

    MongoStoredReplies(MongoDatabase database) {
        this.replies = database.getCollection("replies");
        replies.createIndex(Indexes.ascending("state", "dueAt"));
    }

    @Override
    public boolean store(IncomingReply reply, Instant receivedAt) {
        Date at = Date.from(receivedAt);
        try {
            replies.insertOne(new Document("_id", reply.deliveryId()).append("appealId", reply.appealId())
                    .append("chatId", reply.chatId()).append("messageId", reply.messageId())
                    .append("parts", reply.parts()).append("question", reply.question()).append("sentParts", 0)
                    .append("state", PENDING).append("attempts", 0).append("receivedAt", at).append("dueAt", at)
                    .append("leaseUntil", at));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean again(IncomingReply reply, Instant now) {
        Date at = Date.from(now);
        Document failed = replies.findOneAndUpdate(
                Filters.and(Filters.eq("_id", reply.deliveryId()), Filters.eq("state", "DONE"),
                        Filters.eq("outcome", Outcome.FAILED.name())),
                Updates.combine(Updates.set("state", PENDING), Updates.unset("outcome"), Updates.unset("reason"),
                        Updates.set("parts", reply.parts()), Updates.set("dueAt", at), Updates.set("leaseUntil", at)));
        if (failed != null) {
            return true;
        }
        Document delivered = replies.findOneAndUpdate(
                Filters.and(Filters.eq("_id", reply.deliveryId()), Filters.eq("state", "DONE")),
                Updates.combine(Updates.set("state", REPORT), Updates.set("dueAt", at), Updates.set("leaseUntil", at)));
        return delivered != null;
    }

    @Override
    public Optional<StoredReply> claim(String deliveryId, Instant now, Instant leaseUntil) {
        Document claimed = replies.findOneAndUpdate(Filters.and(Filters.eq("_id", deliveryId), open(now)),
                Updates.combine(Updates.set("leaseUntil", Date.from(leaseUntil)), Updates.inc("attempts", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MongoStoredReplies::reply);
    }

    @Override
    public List<String> due(Instant now, int limit) {
        List<String> ids = new ArrayList<>();
        replies.find(Filters.and(open(now), Filters.lte("dueAt", Date.from(now)))).sort(Sorts.ascending("dueAt"))
                .limit(limit).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    @Override
    public void partSent(String deliveryId, int sentParts) {
        replies.updateOne(Filters.eq("_id", deliveryId), Updates.set("sentParts", sentParts));
    }

    @Override
    public void decided(String deliveryId, Outcome outcome, String reason) {
        replies.updateOne(Filters.eq("_id", deliveryId), Updates.combine(Updates.set("state", REPORT),
                Updates.set("outcome", outcome.name()), Updates.set("reason", reason)));
    }

    @Override
    public void reported(String deliveryId) {
        // the answer's text is the platform's to keep, not the adapter's
        replies.updateOne(Filters.eq("_id", deliveryId), Updates.combine(Updates.set("state", "DONE"),
                Updates.unset("parts")));
    }

    @Override
    public void retryAt(String deliveryId, Instant at, String reason) {
        replies.updateOne(Filters.eq("_id", deliveryId), Updates.combine(Updates.set("dueAt", Date.from(at)),
                Updates.set("leaseUntil", Date.from(at)), Updates.set("lastError", reason)));
    }

    private static Bson open(Instant now) {
        return Filters.and(Filters.in("state", PENDING, REPORT), Filters.lte("leaseUntil", Date.from(now)));
    }

    private static StoredReply reply(Document d) {
        IncomingReply reply = new IncomingReply(d.getString("_id"), d.getString("appealId"), d.getString("chatId"),
                d.getString("messageId"), d.getList("parts", String.class), d.getBoolean("question", false));
        String outcome = d.getString("outcome");
        return new StoredReply(reply, d.getInteger("sentParts", 0), outcome == null ? null : Outcome.valueOf(outcome),
                d.getString("reason"), d.getInteger("attempts", 1));
    }
}
