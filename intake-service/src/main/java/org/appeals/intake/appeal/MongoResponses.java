package org.appeals.intake.appeal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.Topics;
import org.appeals.support.mongo.DuplicateKeys;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Responses in the {@code responses} collection, each insert holding its ResidentResponded in the document's
 * {@code outbox}. The unique {@code dedupKey} is the channel and external id; a response without an external id gets
 * its own id there instead, since a unique index counts missing values as equal.
 */
@Component
class MongoResponses implements Responses {

    private final MongoCollection<Document> responses;
    private final MongoEventDocuments documents;
    private final Outbox outbox;

    MongoResponses(MongoDatabase database, MongoEventDocuments documents, Outboxes outboxes) {
        this.responses = database.getCollection("responses");
        this.documents = documents;
        responses.createIndex(Indexes.ascending("dedupKey"), new IndexOptions().unique(true).name("dedupKey"));
        responses.createIndex(Indexes.ascending("appealId"), new IndexOptions().name("appealId"));
        this.outbox = outboxes.of(responses);
    }

    @Override
    public Stored store(ResidentResponded response) {
        String dedupKey = dedupKey(response);
        try {
            responses.insertOne(new Document("_id", response.responseId().toString())
                    .append("appealId", response.appealId().toString())
                    .append("dedupKey", dedupKey)
                    .append("event", documents.toDocument(response))
                    .append(OutboxDocuments.FIELD, OutboxDocuments.entries(events(response))));
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
    public boolean publish(ResidentResponded response) {
        return outbox.publish(response.responseId().toString(), events(response));
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

    /** The same event every time, so publishing it takes exactly the entry {@link #store} wrote out of the outbox. */
    private static List<OutboxEvent> events(ResidentResponded response) {
        return List.of(OutboxEvent.of(Topics.APPEALS_RESPONDED, response));
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
