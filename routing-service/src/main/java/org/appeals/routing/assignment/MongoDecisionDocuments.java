package org.appeals.routing.assignment;

import java.util.Date;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.bson.Document;

/** A decision as the {@code decision} sub-document of an appeal in MongoDB. */
final class MongoDecisionDocuments {

    private MongoDecisionDocuments() {
    }

    static Document toDocument(Decision decision) {
        RoutingReason reason = decision.reason();
        return new Document("eventId", decision.eventId().toString())
                .append("decidedAt", Date.from(decision.decidedAt()))
                .append("method", decision.method().name())
                .append("outcome", decision.outcome().name())
                .append("category", decision.category().name())
                .append("municipality", decision.municipality().name())
                .append("departmentId", decision.departmentId())
                .append("departmentName", decision.departmentName())
                .append("ruleId", reason.ruleId())
                .append("matchedTerms", reason.matchedTerms())
                .append("confidence", reason.confidence())
                .append("explanation", reason.explanation())
                .append("actor", actor(decision.actor()));
    }

    static Decision fromDocument(Document document) {
        RoutingReason reason = new RoutingReason(document.getString("ruleId"),
                document.getList("matchedTerms", String.class), document.getDouble("confidence"),
                document.getString("explanation"));
        return new Decision(UUID.fromString(document.getString("eventId")),
                document.getDate("decidedAt").toInstant(),
                RoutingMethod.valueOf(document.getString("method")),
                RoutingOutcome.valueOf(document.getString("outcome")),
                Category.valueOf(document.getString("category")),
                Municipality.valueOf(document.getString("municipality")),
                document.getString("departmentId"), document.getString("departmentName"), reason,
                actor(document.get("actor", Document.class)));
    }

    private static Document actor(Actor actor) {
        return actor == null ? null : new Document("id", actor.id()).append("role", actor.role());
    }

    /** Decisions stored before they carried an actor read as "unknown" (null), not as the system's. */
    private static Actor actor(Document document) {
        return document == null ? null : new Actor(document.getString("id"), document.getString("role"));
    }
}
