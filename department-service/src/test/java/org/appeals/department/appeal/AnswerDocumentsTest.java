package org.appeals.department.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Deadlines;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * An answer's incident mark and an appeal's promise in the stored document, and documents stored before there was
 * either.
 */
class AnswerDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void anAnswerGivenThroughAnIncidentKeepsItsMarkWhenStoredAndRead() {
        IncidentMark mark = new IncidentMark(UUID.randomUUID(), UUID.randomUUID());
        Answer answer = Answer.create(AnswerKind.FINAL, "Яма заделана 21 ноября.", null,
                new Assignment("volzhsky-roads", "Дороги", null, null, null, null, NOW), Review.pending(List.of()),
                NOW, null).through(mark);

        Document stored = MongoAppealDocuments.answer(answer);
        Answer read = MongoAppealDocuments.toAnswer(stored);

        assertThat(stored.get("incident", Document.class).getString("incidentAnswerId"))
                .isEqualTo(mark.incidentAnswerId().toString());
        assertThat(read.incident()).isEqualTo(mark);
        assertThat(read.givenThrough(mark.incidentId())).isTrue();
        assertThat(read).isEqualTo(answer);
    }

    @Test
    void aPromiseIsKeptInTheDeadlinesBesideTheOtherTermsAndAbsentFromOlderDocuments() {
        Deadlines deadlines = new Deadlines(NOW, NOW.plusSeconds(86_400));
        Promise promise = new Promise(LocalDate.of(2026, 12, 3), Instant.parse("2026-12-03T20:59:59Z"),
                UUID.randomUUID(), NOW);

        Document stored = MongoPartDocuments.deadlines(deadlines, promise);

        assertThat(stored.getDate("answerDue")).isEqualTo(Date.from(NOW.plusSeconds(86_400)));
        assertThat(stored.get("promised", Document.class).getString("promisedBy")).isEqualTo("2026-12-03");
        assertThat(MongoPartDocuments.toPromise(stored)).isEqualTo(promise);
        assertThat(MongoPartDocuments.toDeadlines(stored)).isEqualTo(deadlines);
        assertThat(MongoPartDocuments.toPromise(MongoPartDocuments.deadlines(deadlines))).isNull();
        assertThat(MongoPartDocuments.deadlines(deadlines, null)).isEqualTo(MongoPartDocuments.deadlines(deadlines));
    }

    @Test
    void anAnswerStoredBeforeAnswersKeptTheMarkReadsAsAnAnswerToItsAppealAlone() {
        Document old = new Document("answerId", UUID.randomUUID().toString())
                .append("eventId", UUID.randomUUID().toString()).append("kind", "FINAL")
                .append("text", "Яма заделана.").append("departmentId", "volzhsky-roads")
                .append("departmentName", "Дороги").append("answeredAt", Date.from(NOW))
                .append("review", new Document("status", "PENDING").append("flags", List.of()));

        Answer read = MongoAppealDocuments.toAnswer(old);

        assertThat(read.incident()).isNull();
        assertThat(read.givenThrough(UUID.randomUUID())).isFalse();
        assertThat(read.awaitsReview()).isTrue();
    }
}
