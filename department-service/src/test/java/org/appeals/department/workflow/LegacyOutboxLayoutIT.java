package org.appeals.department.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.MongoAppealDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.testing.FreshDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A database department wrote before it used service-support's outbox stays usable by the shared one. */
class LegacyOutboxLayoutIT {

    private static final Instant AN_HOUR_AGO = Instant.parse("2026-12-01T09:00:00Z");

    @RegisterExtension
    static final FreshDatabase mongo = new FreshDatabase("department-legacy-outbox");

    @Test
    void anEventStoredInTheOldLayoutIsReadAsTheSharedOutboxEvent() {
        UUID appealId = UUID.randomUUID();
        var overdue = new AppealOverdue(AppealOverdue.SCHEMA_VERSION, UUID.randomUUID(), appealId, AN_HOUR_AGO,
                "volzhsky-roads", DeadlineKind.ANSWER, AN_HOUR_AGO);
        OutboxEvent stored = OutboxEvent.of(Topics.APPEALS_OVERDUE, overdue);
        // exactly what department's own outbox wrote
        Document oldEntry = new Document("eventId", stored.eventId().toString()).append("topic", stored.topic())
                .append("type", stored.type()).append("json", stored.json())
                .append("createdAt", Date.from(stored.createdAt()));
        MongoCollection<Document> appeals = MongoAppealDocuments.appeals(mongo.database());
        appeals.insertOne(new Document("_id", appealId.toString()).append("version", 3L)
                .append("outbox", List.of(oldEntry)));

        var read = MongoAppealDocuments.toAppeal(appeals.find().first());

        assertThat(read.outbox()).containsExactly(stored);
        assertThat(read.outbox().get(0).event()).isEqualTo(overdue);
    }
}
