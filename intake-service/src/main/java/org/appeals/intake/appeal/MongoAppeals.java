package org.appeals.intake.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Appeals in the {@code appeals} collection; the unique index on channel and external id is the de-duplication. */
@Component
class MongoAppeals implements Appeals {

    private final MongoCollection<Document> appeals;
    private final MongoEventDocuments documents;
    private final Clock clock;

    MongoAppeals(MongoDatabase database, MongoEventDocuments documents, Clock clock) {
        this.appeals = database.getCollection("appeals");
        this.documents = documents;
        this.clock = clock;
        appeals.createIndex(Indexes.ascending("channel", "externalId"),
                new IndexOptions().unique(true).name("channel_externalId"));
        appeals.createIndex(Indexes.ascending("published", "registeredAt"), new IndexOptions().name("outbox"));
    }

    @Override
    public Stored store(AppealReceived received) {
        try {
            appeals.insertOne(new Document("_id", received.appealId().toString())
                    .append("channel", received.channel().name())
                    .append("externalId", received.externalId())
                    .append("registeredAt", Date.from(received.occurredAt()))
                    .append("published", false)
                    .append("received", documents.toDocument(received)));
            return new Stored(received.appealId(), true);
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return new Stored(holderOf(received), false);
        }
    }

    @Override
    public Optional<AppealReceived> find(UUID appealId) {
        return Optional.ofNullable(appeals.find(eq("_id", appealId.toString())).first()).map(this::received);
    }

    @Override
    public List<AppealReceived> registered(Channel channel, String externalIdPattern, Instant from, Instant to,
                                           int limit) {
        return appeals.find(and(eq("channel", channel.name()), regex("externalId", externalIdPattern),
                        gte("registeredAt", Date.from(from)), lt("registeredAt", Date.from(to))))
                .sort(Sorts.descending("registeredAt"))
                .limit(limit)
                .map(this::received)
                .into(new ArrayList<>());
    }

    @Override
    public void markPublished(UUID appealId) {
        appeals.updateOne(eq("_id", appealId.toString()),
                Updates.combine(Updates.set("published", true), Updates.set("publishedAt", Date.from(clock.instant()))));
    }

    @Override
    public List<AppealReceived> unpublished(Instant registeredBefore, int limit) {
        return appeals.find(and(eq("published", false), lt("registeredAt", Date.from(registeredBefore))))
                .sort(Sorts.ascending("registeredAt"))
                .limit(limit)
                .map(this::received)
                .into(new ArrayList<>());
    }

    private UUID holderOf(AppealReceived received) {
        Document holder = appeals.find(and(eq("channel", received.channel().name()),
                eq("externalId", received.externalId()))).first();
        if (holder == null) {
            throw new IllegalStateException("duplicate key on appeal " + received.appealId() + " but no holder found");
        }
        return UUID.fromString(holder.getString("_id"));
    }

    private AppealReceived received(Document appeal) {
        return documents.fromDocument(appeal.get("received", Document.class), AppealReceived.class);
    }
}
