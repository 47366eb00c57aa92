package org.appeals.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.notification.render.Notice;
import org.bson.Document;

/** Maps deliveries to and from their MongoDB documents; ids are stored as strings, times as dates. */
final class MongoDeliveryDocuments {

    private MongoDeliveryDocuments() {
    }

    static Document toDocument(Delivery delivery, Instant dueAt) {
        return new Document("_id", delivery.id().toString())
                .append("appealId", delivery.appealId().toString())
                .append("sequence", delivery.sequence())
                .append("answerId", name(delivery.answerId(), UUID::toString))
                .append("answerKind", name(delivery.answerKind(), AnswerKind::name))
                .append("notice", name(delivery.notice(), Notice::name))
                .append("departmentName", delivery.departmentName())
                .append("answerText", delivery.answerText())
                .append("promisedBy", name(delivery.promisedBy(), LocalDate::toString))
                .append("channel", name(delivery.channel(), Channel::name))
                .append("state", delivery.state().name())
                .append("attempts", delivery.attempts().stream().map(MongoDeliveryDocuments::toDocument).toList())
                .append("outboundPublished", delivery.outboundPublished())
                .append("createdAt", Date.from(delivery.createdAt()))
                .append("resends", delivery.resends())
                .append("dueAt", Date.from(dueAt));
    }

    static Document toDocument(Attempt attempt) {
        return new Document("at", Date.from(attempt.at())).append("result", attempt.result().name())
                .append("detail", attempt.detail());
    }

    static Document toDocument(Receipt receipt) {
        return new Document("status", receipt.status().name()).append("reason", receipt.reason())
                .append("at", Date.from(receipt.at()));
    }

    static Document toDocument(Resend resend) {
        return new Document("actor", new Document("id", resend.actor().id()).append("role", resend.actor().role()))
                .append("at", Date.from(resend.at()));
    }

    static Delivery fromDocument(Document d) {
        return new Delivery(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("appealId")),
                ((Number) d.get("sequence", 0L)).longValue(), parse(d.getString("answerId"), UUID::fromString),
                parse(d.getString("answerKind"), AnswerKind::valueOf), parse(d.getString("notice"), Notice::valueOf),
                d.getString("departmentName"), d.getString("answerText"), parse(d.getString("promisedBy"), LocalDate::parse),
                parse(d.getString("channel"), Channel::valueOf), DeliveryState.valueOf(d.getString("state")),
                attempts(d.getList("attempts", Document.class, List.of())), d.getBoolean("outboundPublished", false),
                d.getString("detail"), instant(d.getDate("createdAt")), instant(d.getDate("finishedAt")),
                d.getString("claim"), ((Number) d.get("resends", 0)).intValue(), receipt(d.get("receipt", Document.class)),
                resends(d.getList("resentBy", Document.class, List.of())));
    }

    private static List<Resend> resends(List<Document> stored) {
        return stored.stream().map(r -> {
            Document actor = r.get("actor", Document.class);
            return new Resend(new Actor(actor.getString("id"), actor.getString("role")), instant(r.getDate("at")));
        }).toList();
    }

    private static List<Attempt> attempts(List<Document> stored) {
        return stored.stream().map(a -> new Attempt(instant(a.getDate("at")),
                AttemptResult.valueOf(a.getString("result")), a.getString("detail"))).toList();
    }

    private static Receipt receipt(Document stored) {
        return stored == null ? null : new Receipt(ReceiptStatus.valueOf(stored.getString("status")),
                stored.getString("reason"), instant(stored.getDate("at")));
    }

    private static <T> String name(T value, Function<T, String> name) {
        return value == null ? null : name.apply(value);
    }

    /** Dates are calendar dates, not instants: stored as ISO text so no time zone can move them to another day. */
    private static <T> T parse(String stored, Function<String, T> parse) {
        return stored == null ? null : parse.apply(stored);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
