package org.appeals.intake.privacy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Author;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.PersonalDataErased;
import org.appeals.contracts.Topics;
import org.appeals.support.mongo.DuplicateKeys;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Erasures in the {@code personal_data_erasures} collection, one per appeal ({@code _id} the appeal id, so an appeal
 * is claimed once), each holding its PersonalDataErased in its {@code outbox}; the erasure itself is carried out in
 * the {@code appeals} (the registered appeal, marked {@code personalDataErased {at, reason}}), {@code timeline}
 * (answers) and {@code responses} collections. Closed appeals are found through the search's listing beside each
 * appeal ({@code listing.status}, {@code listing.receivedAt}), with an index of this feature's own.
 */
@Component
class MongoErasableAppeals implements ErasableAppeals {

    private static final String ID = "_id";
    private static final String MARK = "personalDataErased";
    private static final String STATUS = "listing.status";
    private static final String RECEIVED_AT = "listing.receivedAt";
    private static final String AUTHOR = "received.author";
    private static final String REPLY_TO = "received.replyTo";
    private static final String CLOSED = "CLOSED";

    private final MongoCollection<Document> appeals;
    private final MongoCollection<Document> timeline;
    private final MongoCollection<Document> responses;
    private final MongoCollection<Document> erasures;
    private final Outbox outbox;

    MongoErasableAppeals(MongoDatabase database, Outboxes outboxes) {
        this.appeals = database.getCollection("appeals");
        this.timeline = database.getCollection("timeline");
        this.responses = database.getCollection("responses");
        this.erasures = database.getCollection("personal_data_erasures");
        appeals.createIndex(Indexes.ascending(MARK, STATUS, RECEIVED_AT), new IndexOptions().name("privacy_retention"));
        appeals.createIndex(Indexes.ascending(AUTHOR + ".id"), new IndexOptions().name("privacy_authorId"));
        this.outbox = outboxes.of(erasures);
    }

    @Override
    public List<UUID> closedUnerased(Instant receivedBefore, UUID after, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(eq(MARK, null), eq(STATUS, CLOSED),
                lt(RECEIVED_AT, Date.from(receivedBefore))));
        if (after != null) {
            filters.add(gt(ID, after.toString()));
        }
        return appeals.find(and(filters)).projection(Projections.include(ID)).sort(Sorts.ascending(ID)).limit(limit)
                .map(appeal -> UUID.fromString(appeal.getString(ID))).into(new ArrayList<>());
    }

    @Override
    public List<UUID> heldBy(ResidentKey resident) {
        // a contact is compared normalised, which no index can do: admins ask rarely, and only id, author and
        // reply address are read of each appeal
        Bson filter = resident.byAuthor()
                ? and(eq(MARK, null), eq(AUTHOR + ".id", resident.authorId()))
                : eq(MARK, null);
        List<UUID> held = new ArrayList<>();
        appeals.find(filter).projection(Projections.include(ID, AUTHOR, REPLY_TO)).batchSize(500).forEach(appeal -> {
            Document received = appeal.get("received", Document.class);
            if (received != null && resident.matches(author(received), replyTo(received))) {
                held.add(UUID.fromString(appeal.getString(ID)));
            }
        });
        return held;
    }

    @Override
    public boolean erased(UUID appealId) {
        return appeals.find(and(eq(ID, appealId.toString()), eq(MARK, null))).projection(Projections.include(ID))
                .first() == null;
    }

    @Override
    public PersonalDataErased claim(PersonalDataErased event, String note) {
        try {
            erasures.insertOne(new Document(ID, event.appealId().toString())
                    .append("reason", event.reason().name())
                    .append("at", Date.from(event.occurredAt()))
                    .append("eventId", event.eventId().toString())
                    .append("note", note)
                    .append(OutboxDocuments.FIELD, OutboxDocuments.entries(events(event))));
            return event;
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            Document earlier = erasures.find(eq(ID, event.appealId().toString())).first();
            if (earlier == null) {
                throw new IllegalStateException("erasure of appeal " + event.appealId() + " claimed but not found");
            }
            return new PersonalDataErased(PersonalDataErased.SCHEMA_VERSION,
                    UUID.fromString(earlier.getString("eventId")), event.appealId(),
                    earlier.getDate("at").toInstant(), ErasureReason.valueOf(earlier.getString("reason")));
        }
    }

    @Override
    public void anonymise(Anonymised appeal) {
        appeal.answers().forEach((eventId, text) ->
                timeline.updateOne(eq(ID, eventId.toString()), set("event.text", text)));
        appeal.responses().forEach((responseId, text) ->
                responses.updateOne(eq(ID, responseId.toString()), set("event.text", text)));
        // the mark last: until it is there, the next run finds the appeal and finishes the job
        appeals.updateOne(eq(ID, appeal.appealId().toString()), combine(
                set(AUTHOR, null), set(REPLY_TO, new Document()), set("received.text", appeal.text()),
                set(MARK, new Document("at", Date.from(appeal.at())).append("reason", appeal.reason().name()))));
    }

    @Override
    public boolean publish(PersonalDataErased event) {
        return outbox.publish(event.appealId().toString(), events(event));
    }

    /** The same event every time, so publishing it takes exactly the entry {@link #claim} wrote out of the outbox. */
    private static List<OutboxEvent> events(PersonalDataErased event) {
        return List.of(OutboxEvent.of(Topics.APPEALS_PERSONAL_DATA_ERASED, event));
    }

    private static Author author(Document received) {
        Document author = received.get("author", Document.class);
        return author == null ? null
                : new Author(author.getString("id"), author.getString("name"), author.getString("contact"));
    }

    private static Map<String, String> replyTo(Document received) {
        Document replyTo = received.get("replyTo", Document.class);
        Map<String, String> values = new LinkedHashMap<>();
        if (replyTo != null) {
            replyTo.forEach((key, value) -> values.put(key, value == null ? null : value.toString()));
        }
        return values;
    }
}
