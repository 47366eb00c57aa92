package org.appeals.routing.assignment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.support.mongo.DuplicateKeys;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.outbox.Outboxes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * Appeals in the {@code appeals} collection, keyed by appeal id. The decision's event id doubles as its version:
 * a decision is replaced only while it is still the one that was read. Each write that stores a decision appends its
 * AppealAssigned to the document's {@code outbox}, which the service-support outbox publishes and empties.
 */
@Repository
class MongoRoutedAppeals implements RoutedAppeals {

    private static final Logger log = LoggerFactory.getLogger(MongoRoutedAppeals.class);
    private static final Bson IN_TRIAGE = eq("decision.outcome", RoutingOutcome.TRIAGE.name());

    private final MongoCollection<Document> appeals;
    private final Outbox outbox;

    MongoRoutedAppeals(MongoDatabase database, Outboxes outboxes) {
        this.appeals = database.getCollection("appeals");
        appeals.createIndex(Indexes.ascending("decision.outcome", "receivedAt"));
        // an МЦУ operator's triage queue: only the appeals routing suggests for its municipalities
        appeals.createIndex(Indexes.ascending("decision.outcome", "decision.municipality", "receivedAt"));
        // the queue's order on its own: a store that indexes only an index's first key (the local wire server) walks
        // it oldest first instead of reading and sorting the whole queue
        appeals.createIndex(Indexes.ascending("receivedAt", "_id"));
        this.outbox = outboxes.of(appeals);
    }

    @Override
    public RoutedAppeal insertIfAbsent(RoutedAppeal appeal) {
        List<OutboxEvent> events = List.of(appeal.decision().toOutboxEvent(appeal.appealId()));
        try {
            appeals.insertOne(MongoAppealDocuments.toDocument(appeal)
                    .append(OutboxDocuments.FIELD, OutboxDocuments.entries(events)));
            return appeal;
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return find(appeal.appealId()).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<RoutedAppeal> find(UUID appealId) {
        Document found = appeals.find(eq("_id", appealId.toString())).first();
        return Optional.ofNullable(found).map(MongoAppealDocuments::fromDocument);
    }

    @Override
    public boolean replaceDecision(UUID appealId, UUID currentEventId, Decision next) {
        return appeals.updateOne(current(appealId, currentEventId), decided(appealId, next)).getMatchedCount() == 1;
    }

    @Override
    public boolean applyDecline(UUID appealId, UUID currentEventId, UUID answerEventId, String departmentId,
                                Decision next) {
        Bson notApplied = ne("redirectEvents", answerEventId.toString());
        List<Bson> updates = new ArrayList<>(List.of(addToSet("declinedBy", departmentId),
                addToSet("redirectEvents", answerEventId.toString())));
        if (next != null) {
            updates.add(decided(appealId, next));
        }
        return appeals.updateOne(and(current(appealId, currentEventId), notApplied), combine(updates))
                .getMatchedCount() == 1;
    }

    @Override
    public boolean publishPending(UUID appealId) {
        String id = appealId.toString();
        List<OutboxEvent> pending;
        try {
            Document holder = appeals.find(eq("_id", id)).projection(include(OutboxDocuments.FIELD)).first();
            pending = holder == null ? List.of() : OutboxDocuments.events(holder);
        } catch (RuntimeException e) {
            log.warn("outbox of appeal {} not read, left to the outbox relay: {}", appealId, e.getMessage());
            return false;
        }
        return pending.isEmpty() || outbox.publish(id, pending);
    }

    @Override
    public boolean publishFirst(RoutedAppeal inserted) {
        return outbox.publish(inserted.appealId().toString(),
                List.of(inserted.decision().toOutboxEvent(inserted.appealId())));
    }

    @Override
    public List<RoutedAppeal> inTriage(int limit) {
        return appeals.find(IN_TRIAGE).sort(ascending("receivedAt", "_id")).limit(limit)
                .map(MongoAppealDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public List<RoutedAppeal> inTriage(Collection<String> municipalities, int limit) {
        return appeals.find(and(IN_TRIAGE, in("decision.municipality", municipalities)))
                .sort(ascending("receivedAt", "_id")).limit(limit)
                .map(MongoAppealDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public long countInTriage() {
        return appeals.countDocuments(IN_TRIAGE);
    }

    /** The new decision and its event, in one update. */
    private static Bson decided(UUID appealId, Decision next) {
        return combine(set("decision", MongoDecisionDocuments.toDocument(next)),
                OutboxDocuments.append(List.of(next.toOutboxEvent(appealId))));
    }

    private static Bson current(UUID appealId, UUID eventId) {
        return and(eq("_id", appealId.toString()), eq("decision.eventId", eventId.toString()));
    }
}
