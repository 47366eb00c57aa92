package org.appeals.intake.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

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
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Responses in the {@code responses} collection. The unique {@code dedupKey} is the channel and external id; a
 * response without an external id gets its own id there instead, since a unique index counts missing values as equal.
 */
@Component
class MongoResponses implements Responses {

    private final MongoCollection<Document> responses;
    private final MongoEventDocuments documents;
    private final Clock clock;

    MongoResponses(MongoDatabase database, MongoEventDocuments documents, Clock clock) {
        this.responses = database.getCollection("responses");
        this.documents = documents;
        this.clock = clock;
        responses.createIndex(Indexes.ascending("dedupKey"), new IndexOptions().unique(true).name("dedupKey"));
        responses.createIndex(Indexes.ascending("appealId"), new IndexOptions().name("appealId"));
        responses.createIndex(Indexes.ascending("published", "storedAt"), new IndexOptions().name("outbox"));
    }

    @Override
    public Stored store(ResidentResponded response) {
        String dedupKey = dedupKey(response);
        try {
            responses.insertOne(new Document("_id", response.responseId().toString())
                    .append("appealId", response.appealId().toString())
                    .append("dedupKey", dedupKey)
                    .append("storedAt", Date.from(response.occurredAt()))
                    .append("published", false)
                    .append("event", documents.toDocument(response)));
            return new Stored(response, true);
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            Document holder = responses.find(eq("dedupKey", dedupKey)).first();
            if (holder == null) {
                throw new IllegalStateException("duplicate key on response " + response.responseId() + " but no holder");
            }
            return new Stored(event(holder), false);
        }
    }

    @Override
    public Optional<ResidentResponded> find(Channel channel, String externalId) {
        return Optional.ofNullable(responses.find(eq("dedupKey", dedupKey(channel, externalId))).first())
                .map(this::event);
    }

    @Override
    public List<ResidentResponded> of(UUID appealId) {
        return responses.find(eq("appealId", appealId.toString())).map(this::event).into(new ArrayList<>());
    }

    @Override
    public void markPublished(UUID responseId) {
        responses.updateOne(eq("_id", responseId.toString()),
                Updates.combine(Updates.set("published", true), Updates.set("publishedAt", Date.from(clock.instant()))));
    }

    @Override
    public List<ResidentResponded> unpublished(Instant storedBefore, int limit) {
        return responses.find(and(eq("published", false), lt("storedAt", Date.from(storedBefore))))
                .sort(Sorts.ascending("storedAt"))
                .limit(limit)
                .map(this::event)
                .into(new ArrayList<>());
    }

    private static String dedupKey(ResidentResponded response) {
        return response.externalId() == null
                ? "response:" + response.responseId()
                : dedupKey(response.channel(), response.externalId());
    }

    private static String dedupKey(Channel channel, String externalId) {
        return channel.name() + ":" + externalId;
    }

    private ResidentResponded event(Document stored) {
        return documents.fromDocument(stored.get("event", Document.class), ResidentResponded.class);
    }
}
