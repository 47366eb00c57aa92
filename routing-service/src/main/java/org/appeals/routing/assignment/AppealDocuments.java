package org.appeals.routing.assignment;

import java.util.Date;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.bson.Document;

/** An appeal as a document of the {@code appeals} collection: {@code _id} is the appeal id. */
final class AppealDocuments {

    private AppealDocuments() {
    }

    static Document toDocument(RoutedAppeal appeal) {
        return new Document("_id", appeal.appealId().toString())
                .append("receivedEventId", appeal.receivedEventId().toString())
                .append("channel", appeal.channel().name())
                .append("receivedAt", Date.from(appeal.receivedAt()))
                .append("text", appeal.text())
                .append("decision", DecisionDocuments.toDocument(appeal.decision()));
    }

    static RoutedAppeal fromDocument(Document document) {
        return new RoutedAppeal(UUID.fromString(document.getString("_id")),
                UUID.fromString(document.getString("receivedEventId")),
                Channel.valueOf(document.getString("channel")), document.getDate("receivedAt").toInstant(),
                document.getString("text"), DecisionDocuments.fromDocument(document.get("decision", Document.class)));
    }
}
