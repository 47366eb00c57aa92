package org.appeals.notification.address;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Reply addresses in the {@code reply_addresses} collection, keyed by appeal id. {@code replyTo} is stored as a list
 * of key/value pairs: its keys come from channel adapters and may hold anything, dots and dollars included.
 */
@Component
class MongoReplyAddresses implements ReplyAddresses {

    private final MongoCollection<Document> collection;

    MongoReplyAddresses(MongoDatabase database) {
        this.collection = database.getCollection("reply_addresses");
    }

    @Override
    public void remember(ReplyAddress address) {
        Document document = new Document("_id", address.appealId().toString())
                .append("channel", address.channel().name())
                .append("replyTo", address.replyTo().entrySet().stream()
                        .map(e -> new Document("key", e.getKey()).append("value", e.getValue())).toList())
                .append("authorName", address.authorName())
                .append("externalId", address.externalId())
                .append("registrationNumber", address.registrationNumber());
        collection.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ReplyAddress> find(UUID appealId) {
        return Optional.ofNullable(collection.find(eq("_id", appealId.toString())).first())
                .map(document -> new ReplyAddress(appealId, Channel.valueOf(document.getString("channel")),
                        replyTo(document.getList("replyTo", Document.class, List.of())),
                        document.getString("authorName"), document.getString("externalId"),
                        document.getString("registrationNumber")));
    }

    private static Map<String, String> replyTo(List<Document> pairs) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        pairs.forEach(pair -> replyTo.put(pair.getString("key"), pair.getString("value")));
        return replyTo;
    }
}
