package org.appeals.notification.address;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ErasureReason;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Reply addresses in the {@code reply_addresses} collection, keyed by appeal id. {@code replyTo} is stored as a list
 * of key/value pairs: its keys come from channel adapters and may hold anything, dots and dollars included. An erased
 * address keeps its {@code _id}, channel and number and says {@code erasedFor} (the reason); a registration is stored
 * only over an address that is not erased.
 */
@Component
class MongoReplyAddresses implements ReplyAddresses {

    private static final String ERASED_FOR = "erasedFor";

    private final MongoCollection<Document> collection;

    MongoReplyAddresses(MongoDatabase database) {
        this.collection = database.getCollection("reply_addresses");
    }

    @Override
    public boolean remember(ReplyAddress address) {
        Document document = new Document("_id", address.appealId().toString())
                .append("channel", address.channel().name())
                .append("replyTo", address.replyTo().entrySet().stream()
                        .map(e -> new Document("key", e.getKey()).append("value", e.getValue())).toList())
                .append("authorName", address.authorName())
                .append("externalId", address.externalId())
                .append("registrationNumber", address.registrationNumber())
                .append("accessCode", address.accessCode());
        try {
            collection.replaceOne(and(eq("_id", document.get("_id")), eq(ERASED_FOR, null)), document,
                    new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // the _id is there, erased: the upsert's insert collided with it
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void erase(UUID appealId, ErasureReason reason, Instant at) {
        collection.updateOne(eq("_id", appealId.toString()), combine(set("replyTo", List.of()),
                        set("authorName", null), set("externalId", null), set("accessCode", null),
                        set(ERASED_FOR, reason.name()), set("erasedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<ReplyAddress> find(UUID appealId) {
        // a tombstone of an address never seen has no channel: as good as unknown
        return Optional.ofNullable(collection.find(eq("_id", appealId.toString())).first())
                .filter(document -> document.getString("channel") != null)
                .map(document -> new ReplyAddress(appealId, Channel.valueOf(document.getString("channel")),
                        replyTo(document.getList("replyTo", Document.class, List.of())),
                        document.getString("authorName"), document.getString("externalId"),
                        document.getString("registrationNumber"), document.getString("accessCode"),
                        erasedFor(document.getString(ERASED_FOR))));
    }

    private static ErasureReason erasedFor(String stored) {
        return stored == null ? null : ErasureReason.valueOf(stored);
    }

    private static Map<String, String> replyTo(List<Document> pairs) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        pairs.forEach(pair -> replyTo.put(pair.getString("key"), pair.getString("value")));
        return replyTo;
    }
}
