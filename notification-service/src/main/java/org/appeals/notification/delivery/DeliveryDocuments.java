package org.appeals.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.bson.Document;

/** Maps deliveries to and from their MongoDB documents; ids are stored as strings, times as dates. */
final class DeliveryDocuments {

    private DeliveryDocuments() {
    }

    static Document toDocument(Delivery delivery, Instant dueAt) {
        return new Document("_id", delivery.id().toString())
                .append("appealId", delivery.appealId().toString())
                .append("sequence", delivery.sequence())
                .append("answerId", delivery.answerId().toString())
                .append("answerKind", delivery.answerKind().name())
                .append("departmentName", delivery.departmentName())
                .append("answerText", delivery.answerText())
                .append("promisedBy", delivery.promisedBy() == null ? null : delivery.promisedBy().toString())
                .append("channel", delivery.channel() == null ? null : delivery.channel().name())
                .append("state", delivery.state().name())
                .append("attempts", delivery.attempts().stream().map(DeliveryDocuments::toDocument).toList())
                .append("outboundPublished", delivery.outboundPublished())
                .append("createdAt", Date.from(delivery.createdAt()))
                .append("dueAt", Date.from(dueAt));
    }

    static Document toDocument(Attempt attempt) {
        return new Document("at", Date.from(attempt.at())).append("result", attempt.result().name())
                .append("detail", attempt.detail());
    }

    static Delivery fromDocument(Document d) {
        String channel = d.getString("channel");
        return new Delivery(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("appealId")),
                ((Number) d.get("sequence", 0L)).longValue(), UUID.fromString(d.getString("answerId")), AnswerKind.valueOf(d.getString("answerKind")),
                d.getString("departmentName"), d.getString("answerText"), date(d.getString("promisedBy")),
                channel == null ? null : Channel.valueOf(channel), DeliveryState.valueOf(d.getString("state")),
                attempts(d.getList("attempts", Document.class, List.of())), d.getBoolean("outboundPublished", false),
                d.getString("detail"), instant(d.getDate("createdAt")), instant(d.getDate("finishedAt")),
                d.getString("claim"));
    }

    private static List<Attempt> attempts(List<Document> stored) {
        return stored.stream().map(a -> new Attempt(instant(a.getDate("at")),
                AttemptResult.valueOf(a.getString("result")), a.getString("detail"))).toList();
    }

    /** A calendar date, not an instant: stored as ISO text so no time zone can move it to another day. */
    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
