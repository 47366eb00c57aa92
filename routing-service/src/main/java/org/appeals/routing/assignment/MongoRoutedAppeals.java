package org.appeals.routing.assignment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Appeals in the {@code appeals} collection, keyed by appeal id. The decision's event id doubles as its version:
 * a decision is replaced or marked published only while it is still the one that was read.
 */
@Repository
class MongoRoutedAppeals implements RoutedAppeals {

    private static final Bson IN_TRIAGE = eq("decision.outcome", RoutingOutcome.TRIAGE.name());

    private final MongoCollection<Document> appeals;

    MongoRoutedAppeals(MongoDatabase database) {
        this.appeals = database.getCollection("appeals");
        appeals.createIndex(Indexes.ascending("decision.outcome", "receivedAt"));
        // an МЦУ operator's triage queue: only the appeals routing suggests for its municipalities
        appeals.createIndex(Indexes.ascending("decision.outcome", "decision.municipality", "receivedAt"));
        appeals.createIndex(Indexes.ascending("decision.published", "decision.decidedAt"));
    }

    @Override
    public RoutedAppeal insertIfAbsent(RoutedAppeal appeal) {
        try {
            appeals.insertOne(MongoAppealDocuments.toDocument(appeal));
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
        Bson replace = set("decision", MongoDecisionDocuments.toDocument(next));
        return appeals.updateOne(current(appealId, currentEventId), replace).getMatchedCount() == 1;
    }

    @Override
    public boolean applyDecline(UUID appealId, UUID currentEventId, UUID answerEventId, String departmentId,
                                Decision next) {
        Bson notApplied = ne("redirectEvents", answerEventId.toString());
        List<Bson> updates = new ArrayList<>(List.of(addToSet("declinedBy", departmentId),
                addToSet("redirectEvents", answerEventId.toString())));
        if (next != null) {
            updates.add(set("decision", MongoDecisionDocuments.toDocument(next)));
        }
        return appeals.updateOne(and(current(appealId, currentEventId), notApplied), combine(updates))
                .getMatchedCount() == 1;
    }

    @Override
    public void markPublished(UUID appealId, UUID eventId) {
        appeals.updateOne(current(appealId, eventId), set("decision.published", true));
    }

    @Override
    public List<RoutedAppeal> unpublished(Instant decidedBefore, int limit) {
        Bson due = and(eq("decision.published", false), lt("decision.decidedAt", Date.from(decidedBefore)));
        return appeals.find(due).sort(ascending("decision.decidedAt")).limit(limit)
                .map(MongoAppealDocuments::fromDocument).into(new ArrayList<>());
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

    private static Bson current(UUID appealId, UUID eventId) {
        return and(eq("_id", appealId.toString()), eq("decision.eventId", eventId.toString()));
    }
}
