package org.appeals.support.outbox;

import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appeals.support.kafka.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of one collection: publishes the events its documents hold, in order, and takes each out of its
 * document once the broker acknowledged it. Obtained from {@link Outboxes#of}, which also hands it to the relay.
 */
public final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MongoCollection<Document> holders;
    // a lost mark costs only a repeat under the same event id, which consumers ignore: no need to wait for the
    // majority or the journal, which every other write of the services does
    private final MongoCollection<Document> marks;
    private final EventPublisher publisher;
    private final Counter relayed;

    Outbox(MongoCollection<Document> holders, EventPublisher publisher, MeterRegistry registry) {
        this.holders = holders;
        this.marks = holders.withWriteConcern(WriteConcern.W1.withJournal(false));
        this.publisher = publisher;
        this.relayed = registry.counter("appeals.outbox.republished",
                "collection", holders.getNamespace().getCollectionName());
    }

    /** The collection's name, for logs. */
    public String name() {
        return holders.getNamespace().getCollectionName();
    }

    /**
     * Publishes the events just stored in the document {@code id} (its {@code _id} as stored). True once the broker
     * acknowledged all of them; false, never an exception, if one was not: the rest stays stored for the relay.
     */
    public boolean publish(Object id, List<OutboxEvent> events) {
        for (OutboxEvent event : events) {
            try {
                publisher.publishDurably(event.topic(), event.event());
                marks.updateOne(eq("_id", id), OutboxDocuments.without(event.eventId()));
            } catch (RuntimeException e) {
                // ids only: the event's text is the resident's
                log.warn("{} {} in {} {} not published yet, left to the outbox relay: {}", event.type(),
                        event.eventId(), name(), id, e.getMessage());
                return false;
            }
        }
        return true;
    }

    /**
     * One batch of documents holding events created before {@code cutoff} (younger ones are left to the request
     * still publishing them). False as soon as the broker does not take one: it is away, and the next round tries.
     */
    boolean relay(Instant cutoff, int batchSize) {
        List<Document> due = holders.find(elemMatch(OutboxDocuments.FIELD, lt("createdAt", OutboxDocuments.date(cutoff))))
                .projection(include("_id", OutboxDocuments.FIELD))
                .limit(batchSize)
                .into(new ArrayList<>());
        for (Document holder : due) {
            List<OutboxEvent> events = OutboxDocuments.events(holder);
            if (!publish(holder.get("_id"), events)) {
                return false;
            }
            relayed.increment(events.size());
        }
        return true;
    }
}
