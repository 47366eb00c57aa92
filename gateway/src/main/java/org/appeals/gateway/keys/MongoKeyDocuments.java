package org.appeals.gateway.keys;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.support.web.Role;
import org.bson.Document;

/** Keys and key actions to and from BSON documents. */
final class MongoKeyDocuments {

    private MongoKeyDocuments() {
    }

    static Document toDocument(StoredKey key) {
        return new Document("_id", key.digest()).append("id", key.id()).append("client", key.client())
                .append("role", key.role().name()).append("channel", key.channel())
                .append("departments", key.departments().stream().sorted().toList())
                .append("createdAt", date(key.createdAt())).append("createdBy", actor(key.createdBy()))
                .append("lastUsedAt", date(key.lastUsedAt())).append("expiresAt", date(key.expiresAt()))
                .append("revokedAt", date(key.revokedAt())).append("rotatedFrom", key.rotatedFrom())
                .append("rotatedTo", key.rotatedTo()).append("demo", key.demo());
    }

    static StoredKey fromDocument(Document document) {
        return new StoredKey(document.getString("_id"), document.getString("id"), document.getString("client"),
                Role.valueOf(document.getString("role")), document.getString("channel"),
                new HashSet<>(document.getList("departments", String.class, List.of())),
                instant(document, "createdAt"), actor(document.get("createdBy", Document.class)),
                instant(document, "lastUsedAt"), instant(document, "expiresAt"), instant(document, "revokedAt"),
                document.getString("rotatedFrom"), document.getString("rotatedTo"),
                document.getBoolean("demo", false));
    }

    static Document toDocument(KeyAction action) {
        return new Document("at", date(action.at())).append("action", action.action().name())
                .append("keyId", action.keyId()).append("client", action.client())
                .append("actor", actor(action.actor())).append("detail", action.detail());
    }

    static KeyAction actionFrom(Document document) {
        return new KeyAction(instant(document, "at"), KeyAction.Type.valueOf(document.getString("action")),
                document.getString("keyId"), document.getString("client"),
                actor(document.get("actor", Document.class)), document.getString("detail"));
    }

    private static Document actor(Actor actor) {
        return new Document("id", actor.id()).append("role", actor.role());
    }

    private static Actor actor(Document document) {
        return document == null ? Actor.SYSTEM : new Actor(document.getString("id"), document.getString("role"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
