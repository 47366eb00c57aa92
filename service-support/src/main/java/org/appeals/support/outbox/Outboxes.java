package org.appeals.support.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.appeals.support.kafka.EventPublisher;
import org.bson.Document;

/** Every collection of the service that holds events, for the relay to look through. */
public class Outboxes {

    private final EventPublisher publisher;
    private final MeterRegistry registry;
    private final List<Outbox> outboxes = new CopyOnWriteArrayList<>();

    Outboxes(EventPublisher publisher, MeterRegistry registry) {
        this.publisher = publisher;
        this.registry = registry;
    }

    /**
     * The outbox of a collection whose documents hold events in {@link OutboxDocuments#FIELD}; the relay looks
     * through it from now on. Call it once per collection, from the adapter that owns the collection.
     */
    public Outbox of(MongoCollection<Document> holders) {
        // the default name (outbox.createdAt_1): a database department wrote before the shared outbox has it already
        holders.createIndex(Indexes.ascending(OutboxDocuments.CREATED_AT));
        Outbox outbox = new Outbox(holders, publisher, registry);
        outboxes.add(outbox);
        return outbox;
    }

    List<Outbox> all() {
        return outboxes;
    }
}
