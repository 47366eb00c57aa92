package org.appeals.notification.secret;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Channel;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code webhook_secrets}: one document per rotated channel, keyed by channel, with an optimistic {@code version}.
 * The secrets are kept as they are because signing needs them (unlike API keys, which are only compared, and hashed);
 * the database is the service's own. Every rotation is also appended to {@code rotations} (when, who, grace), never
 * with a secret.
 */
@Component
class MongoSecretStore implements SecretStore {

    private final MongoCollection<Document> collection;

    MongoSecretStore(MongoDatabase database) {
        this.collection = database.getCollection("webhook_secrets");
    }

    @Override
    public Optional<ChannelSecret> find(Channel channel) {
        return Optional.ofNullable(collection.find(eq("_id", channel.name())).first()).map(d -> fromDocument(channel, d));
    }

    @Override
    public boolean save(ChannelSecret next) {
        Document rotation = new Document("at", Date.from(next.createdAt())).append("by", actor(next.rotatedBy()))
                .append("previousValidUntil", Date.from(next.previousValidUntil()));
        if (next.version() == 1) {
            return insertFirst(next, rotation);
        }
        return collection.updateOne(and(eq("_id", next.channel().name()), eq("version", next.version() - 1)),
                combine(set("secret", next.secret()), set("createdAt", Date.from(next.createdAt())),
                        set("rotatedBy", actor(next.rotatedBy())), set("previous", next.previous()),
                        set("previousValidUntil", Date.from(next.previousValidUntil())),
                        set("version", next.version()), push("rotations", rotation))).getModifiedCount() == 1;
    }

    private boolean insertFirst(ChannelSecret next, Document rotation) {
        try {
            collection.insertOne(new Document("_id", next.channel().name()).append("secret", next.secret())
                    .append("createdAt", Date.from(next.createdAt())).append("rotatedBy", actor(next.rotatedBy()))
                    .append("previous", next.previous())
                    .append("previousValidUntil", Date.from(next.previousValidUntil()))
                    .append("version", next.version()).append("rotations", List.of(rotation)));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static ChannelSecret fromDocument(Channel channel, Document d) {
        Document by = d.get("rotatedBy", Document.class);
        return new ChannelSecret(channel, d.getString("secret"), instant(d.getDate("createdAt")),
                by == null ? null : new Actor(by.getString("id"), by.getString("role")), d.getString("previous"),
                instant(d.getDate("previousValidUntil")), ((Number) d.get("version", 0L)).longValue());
    }

    private static Document actor(Actor actor) {
        return new Document("id", actor.id()).append("role", actor.role());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
