package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.email.thread.ReplyIds;
import org.junit.jupiter.api.Test;

class SubmissionsTest {

    final ReplyIds ids = new ReplyIds("appeals.local");
    final Instant now = Instant.parse("2026-12-04T07:00:00Z");
    final Submissions submissions = new Submissions(ids, Clock.fixed(now, ZoneOffset.UTC));
    final Instant sent = Instant.parse("2026-11-20T08:15:29Z");

    @Test
    void aNewMailIsANewAppealAddressedBackToItsSender() {
        AppealSubmission submission = submissions.of(mail("<m1@mail.ru>", "Anna.K@Mail.RU", "Анна", "Двор",
                new Body("Не убран снег.", List.of()), List.of(), null));

        assertThat(submission.channel()).isEqualTo(Channel.EMAIL);
        assertThat(submission.externalId()).isEqualTo("<m1@mail.ru>");
        assertThat(submission.text()).isEqualTo("Не убран снег.");
        assertThat(submission.author().id()).isEqualTo("anna.k@mail.ru");
        assertThat(submission.author().contact()).isEqualTo("Anna.K@Mail.RU");
        assertThat(submission.replyTo()).containsExactly(java.util.Map.entry("address", "Anna.K@Mail.RU"),
                java.util.Map.entry("messageId", "<m1@mail.ru>"), java.util.Map.entry("subject", "Двор"));
        assertThat(submission.receivedAt()).isEqualTo(sent);
        assertThat(submission.inReplyTo()).isNull();
    }

    @Test
    void anAnswerToOurReplyIsAResponseToItsAppealWithoutTheQuote() {
        UUID appeal = UUID.randomUUID();
        String ours = ids.of(appeal, UUID.randomUUID());

        AppealSubmission submission = submissions.of(mail("<m2@mail.ru>", "a@mail.ru", null, "Re: Двор",
                new Body("Да, дом 5.\n\n> Уточните дом", List.of()), List.of(ours), "<m1@mail.ru> " + ours));

        assertThat(submission.inReplyTo()).isEqualTo(appeal.toString());
        assertThat(submission.text()).isEqualTo("Да, дом 5.");
        assertThat(submission.author().name()).isNull();
        assertThat(submission.replyTo().get("references")).isEqualTo("<m1@mail.ru> " + ours);
    }

    @Test
    void anEmptyBodyFallsBackToTheSubjectAndAttachmentsAreNamed() {
        AppealSubmission submission = submissions.of(mail("<m3@mail.ru>", "a@mail.ru", "А", "Яма у школы",
                new Body("", List.of("яма.jpg", "план.pdf")), List.of(), null));

        assertThat(submission.text()).isEqualTo("Яма у школы\n\n[Вложения не переданы: яма.jpg, план.pdf]");
        assertThat(submission.attachments()).isEmpty();
    }

    @Test
    void valuesAreKeptWithinIntakesLimits() {
        String longId = "<" + "x".repeat(600) + "@mail.ru>";
        AppealSubmission submission = submissions.of(mail(longId, "a@mail.ru", "Я".repeat(300), "Т".repeat(600),
                new Body("б".repeat(20_000), List.of("f.jpg")), List.of(), null));

        assertThat(submission.externalId()).startsWith("sha256:").hasSizeLessThanOrEqualTo(Submissions.MAX_EXTERNAL_ID);
        assertThat(submission.externalId()).isEqualTo(submissions.of(mail(longId, "a@mail.ru", null, null,
                new Body("другой текст", List.of()), List.of(), null)).externalId());
        assertThat(submission.text()).hasSize(Submissions.MAX_TEXT).endsWith("[Вложения не переданы: f.jpg]");
        assertThat(submission.author().name()).hasSize(Submissions.MAX_AUTHOR_FIELD);
        assertThat(submission.replyTo().get("subject")).hasSize(Submissions.MAX_REPLY_TO_VALUE);
        assertThat(submission.replyTo()).doesNotContainKey("messageId").doesNotContainKey("references");
    }

    @Test
    void aMailDatedBefore2000OrMoreThanADayAheadCountsAsReceivedNow() {
        for (Instant date : new Instant[] {Instant.EPOCH, Instant.parse("1999-12-31T23:59:59Z"),
            now.plus(IntakeValues.CLOCK_SKEW).plusSeconds(1), Instant.parse("+1000000000-12-31T23:59:59Z")}) {
            assertThat(submissions.of(dated(date)).receivedAt()).as(date.toString()).isEqualTo(now);
        }
        assertThat(submissions.of(dated(now.plus(IntakeValues.CLOCK_SKEW))).receivedAt())
                .isEqualTo(now.plus(IntakeValues.CLOCK_SKEW));
        assertThat(submissions.of(dated(IntakeValues.EARLIEST)).receivedAt()).isEqualTo(IntakeValues.EARLIEST);
    }

    @Test
    void controlCharactersAndBrokenUnicodeAreCleanedRatherThanRefused() {
        AppealSubmission submission = submissions.of(mail("<m4@mail.ru>\u0085", "a@mail.ru", "Анна\u0000\ud800",
                "Тема\r\nBcc: x@y.example", new Body("Яма\u0007 у дома\udc00\nвторая строка", List.of()), List.of(),
                "<r1@mail.ru> <r2\u0000@mail.ru>"));

        assertThat(submission.externalId()).startsWith("sha256:");
        assertThat(submission.author().name()).isEqualTo("Анна");
        assertThat(submission.text()).isEqualTo("Яма  у дома \nвторая строка");
        assertThat(submission.replyTo()).containsEntry("subject", "Тема  Bcc: x@y.example")
                .doesNotContainKeys("messageId", "references");
    }

    @Test
    void aLongTextIsNeverCutInsideAnEmoji() {
        AppealSubmission submission = submissions.of(mail("<m5@mail.ru>", "a@mail.ru", null, null,
                new Body("я" + "🕳".repeat(6_000), List.of()), List.of(), null));

        assertThat(submission.text()).hasSize(Submissions.MAX_TEXT - 1);
        assertThat(Character.isHighSurrogate(submission.text().charAt(submission.text().length() - 1))).isFalse();
    }

    private IncomingMail dated(Instant sentAt) {
        return new IncomingMail("<d@mail.ru>", "a@mail.ru", null, "Тема", new Body("Текст", List.of()), sentAt,
                List.of(), null, false);
    }

    private IncomingMail mail(String messageId, String from, String name, String subject, Body body,
                              List<String> inReplyTo, String references) {
        return new IncomingMail(messageId, from, name, subject, body, sent, inReplyTo, references, false);
    }
}
