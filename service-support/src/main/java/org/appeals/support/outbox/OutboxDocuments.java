package org.appeals.support.outbox;

import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How events are kept in a document: an array {@code outbox} of {@code {eventId, topic, type, json, createdAt}}.
 * Adapters add it to the insert or the update that makes the change, so the change and its events are one write.
 */
public final class OutboxDocuments {

    /** The array's field name in every document that holds events. */
    public static final String FIELD = "outbox";
    static final String CREATED_AT = FIELD + ".createdAt";

    private OutboxDocuments() {
    }

    /** The array for a new document. */
    public static List<Document> entries(List<OutboxEvent> events) {
        return events.stream().map(OutboxDocuments::entry).toList();
    }

    /** The update that appends events to an existing document's outbox; combine it with the change's own update. */
    public static Bson append(List<OutboxEvent> events) {
        return Updates.pushEach(FIELD, entries(events));
    }

    /** The events a document still holds, oldest first. */
    public static List<OutboxEvent> events(Document holder) {
        List<Document> entries = holder.getList(FIELD, Document.class);
        return entries == null ? List.of() : entries.stream().map(OutboxDocuments::event).toList();
    }

    static Bson without(UUID eventId) {
        return Updates.pull(FIELD, new Document("eventId", eventId.toString()));
    }

    static Date date(Instant instant) {
        // an event's time comes from a clock, but a test's clock may stand anywhere: keep it inside BSON's range
        return new Date(Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, toMillis(instant))));
    }

    private static long toMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static Document entry(OutboxEvent event) {
        return new Document("eventId", event.eventId().toString())
                .append("topic", event.topic())
                .append("type", event.type())
                .append("json", event.json())
                .append("createdAt", date(event.createdAt()));
    }

    private static OutboxEvent event(Document entry) {
        return new OutboxEvent(UUID.fromString(entry.getString("eventId")), entry.getString("topic"),
                entry.getString("type"), entry.getString("json"), entry.getDate("createdAt").toInstant());
    }
}
