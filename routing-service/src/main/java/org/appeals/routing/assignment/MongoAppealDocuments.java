package org.appeals.routing.assignment;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.bson.Document;

/** An appeal as a document of the {@code appeals} collection: {@code _id} is the appeal id. */
final class MongoAppealDocuments {

    private MongoAppealDocuments() {
    }

    static Document toDocument(RoutedAppeal appeal) {
        return new Document("_id", appeal.appealId().toString())
                .append("receivedEventId", appeal.receivedEventId().toString())
                .append("channel", appeal.channel().name())
                .append("receivedAt", Date.from(appeal.receivedAt()))
                .append("text", appeal.text())
                .append("categoryHint", appeal.categoryHint() == null ? null : appeal.categoryHint().name())
                .append("decision", MongoDecisionDocuments.toDocument(appeal.decision()))
                .append("declinedBy", appeal.declines().departments())
                .append("redirectEvents", appeal.declines().answerEvents().stream().map(UUID::toString).toList());
    }

    static RoutedAppeal fromDocument(Document document) {
        return new RoutedAppeal(UUID.fromString(document.getString("_id")),
                UUID.fromString(document.getString("receivedEventId")),
                Channel.valueOf(document.getString("channel")), document.getDate("receivedAt").toInstant(),
                document.getString("text"), MongoDecisionDocuments.fromDocument(document.get("decision", Document.class)),
                declines(document), categoryHint(document.getString("categoryHint")));
    }

    /** Appeals stored before hints were kept have none; a code the taxonomy no longer knows reads as none. */
    private static Category categoryHint(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException retired) {
            return null;
        }
    }

    private static Declines declines(Document document) {
        List<String> events = document.getList("redirectEvents", String.class, List.of());
        return new Declines(document.getList("declinedBy", String.class, List.of()),
                events.stream().map(UUID::fromString).toList());
    }
}
