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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.mongo.DuplicateKeys;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Appeals in the {@code appeals} collection; the unique index on channel and external id is the de-duplication. The
 * insert that registers an appeal also holds its AppealReceived in the document's {@code outbox}.
 */
@Component
class MongoAppeals implements Appeals {

    private static final String REGISTRATION_NUMBER = "received.registrationNumber";

    private final MongoCollection<Document> appeals;
    private final MongoEventDocuments documents;
    private final Outbox outbox;

    MongoAppeals(MongoDatabase database, MongoEventDocuments documents, Outboxes outboxes) {
        this.appeals = database.getCollection("appeals");
        this.documents = documents;
        appeals.createIndex(Indexes.ascending("channel", "externalId"),
                new IndexOptions().unique(true).name("channel_externalId"));
        // numbers are unique by how they are drawn; the index only makes the lookup of a quoted number cheap
        appeals.createIndex(Indexes.ascending(REGISTRATION_NUMBER), new IndexOptions().name("registrationNumber"));
        this.outbox = outboxes.of(appeals);
    }

    @Override
    public Stored store(AppealReceived received) {
        try {
            appeals.insertOne(new Document("_id", received.appealId().toString())
                    .append("channel", received.channel().name())
                    .append("externalId", received.externalId())
                    .append("registeredAt", Date.from(received.occurredAt()))
                    .append("received", documents.toDocument(received))
                    .append(OutboxDocuments.FIELD, OutboxDocuments.entries(events(received))));
            return new Stored(received.appealId(), true);
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return new Stored(holderOf(received), false);
        }
    }

    @Override
    public boolean publish(AppealReceived received) {
        return outbox.publish(received.appealId().toString(), events(received));
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

    /** The same event every time, so publishing it takes exactly the entry {@link #store} wrote out of the outbox. */
    private static List<OutboxEvent> events(AppealReceived received) {
        return List.of(OutboxEvent.of(Topics.APPEALS_RECEIVED, received));
    }

    private UUID holderOf(AppealReceived received) {
        return holderOf(received.channel(), received.externalId()).orElseThrow(() -> new IllegalStateException(
                "duplicate key on appeal " + received.appealId() + " but no holder found"));
    }

    @Override
    public Optional<UUID> numbered(String registrationNumber) {
        return Optional.ofNullable(appeals.find(eq(REGISTRATION_NUMBER, registrationNumber))
                .projection(new Document("_id", 1)).first()).map(holder -> UUID.fromString(holder.getString("_id")));
    }

    @Override
    public Optional<UUID> holderOf(Channel channel, String externalId) {
        return Optional.ofNullable(appeals.find(and(eq("channel", channel.name()), eq("externalId", externalId)))
                .projection(new Document("_id", 1)).first()).map(holder -> UUID.fromString(holder.getString("_id")));
    }

    private AppealReceived received(Document appeal) {
        return documents.fromDocument(appeal.get("received", Document.class), AppealReceived.class);
    }
}
