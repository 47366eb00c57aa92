package org.appeals.department.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

class MongoAppealChangesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void aChangeIsOneUpdateThatAlsoRaisesTheVersionAndFillsTheOutbox() {
        UUID eventId = UUID.randomUUID();
        var flag = new OverdueFlag(DeadlineKind.ANSWER, DUE, NOW);
        var change = new AppealChange().state(WorkflowState.IN_PROGRESS).applied(eventId).reactedAt(NOW).overdue(flag)
                .nextDue(null).publish(Topics.APPEALS_OVERDUE, new AppealOverdue(AppealOverdue.SCHEMA_VERSION,
                        UUID.randomUUID(), UUID.randomUUID(), NOW, "volzhsky-roads", DeadlineKind.ANSWER, DUE));

        Document update = render(MongoAppealChanges.update(change));

        Document set = update.get("$set", Document.class);
        assertThat(set.getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(set.getDate("progress.reactedAt")).isEqualTo(Date.from(NOW));
        assertThat(set.getBoolean("overdueFlagged")).isTrue();
        assertThat(set.containsKey("nextDueAt")).isTrue();
        assertThat(set.get("nextDueAt")).isNull();
        assertThat(update.get("$addToSet", Document.class).getString("appliedEvents")).isEqualTo(eventId.toString());
        Document push = update.get("$push", Document.class);
        assertThat(push.get("overdue", Document.class).getList("$each", Document.class))
                .extracting(d -> d.getString("deadline")).containsExactly("ANSWER");
        assertThat(push.get("outbox", Document.class).getList("$each", Document.class))
                .extracting(d -> d.getString("type")).containsExactly("AppealOverdue");
        assertThat(((Number) update.get("$inc", Document.class).get("version")).longValue()).isEqualTo(1L);
    }

    @Test
    void deadlinesPassedTogetherAreAllFlaggedByTheOneUpdate() {
        var change = new AppealChange().overdue(new OverdueFlag(DeadlineKind.ANSWER, DUE, NOW))
                .overdue(new OverdueFlag(DeadlineKind.PROMISED, NOW, NOW));

        Document push = render(MongoAppealChanges.update(change)).get("$push", Document.class);

        assertThat(push.get("overdue", Document.class).getList("$each", Document.class))
                .extracting(d -> d.getString("deadline")).containsExactly("ANSWER", "PROMISED");
    }

    @Test
    void aNewRoundStartsTheMilestonesAndTheOverdueFlagsAgain() {
        Document set = render(MongoAppealChanges.update(new AppealChange().newRound(NOW))).get("$set", Document.class);

        assertThat(set.get("progress", Document.class).getDate("roundStartedAt")).isEqualTo(Date.from(NOW));
        assertThat(set.getList("overdue", Object.class)).isEmpty();
        assertThat(set.getBoolean("overdueFlagged")).isFalse();
    }

    @Test
    void theWriteIsConditionalOnTheVersionReadAndOnTheEventNotAppliedYet() {
        UUID appealId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        var read = new DepartmentAppeal(appealId, 7, WorkflowState.ASSIGNED, null, null, List.of(), Set.of(),
                null, null, DepartmentAppeal.Progress.NONE, List.of(), List.of(), List.of());

        String condition = render(MongoAppealChanges.unchangedSince(read, new AppealChange().applied(eventId)))
                .toJson();

        assertThat(condition).contains(appealId.toString()).contains("\"version\": 7").contains("$ne")
                .contains(eventId.toString());
    }

    private static Document render(Bson bson) {
        BsonDocument rendered = bson.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
        return Document.parse(rendered.toJson());
    }
}
