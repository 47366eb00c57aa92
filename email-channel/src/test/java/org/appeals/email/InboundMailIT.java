package org.appeals.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InboundMailIT extends EmailITBase {

    @Test
    void aMailInTheMailboxBecomesOneEmailAppealOnAppealsSubmittedAndIsMarkedSeen() throws Exception {
        Instant sent = Instant.parse("2026-11-20T08:15:29Z");
        TestMails.Mail mail = TestMails.plain(mail().getSmtp().getPort(), "maria.ivanova@example.org",
                "Мария Иванова", "Яма во дворе", "Во дворе дома 5 по улице Мира глубокая яма.\nПросим заделать.",
                Date.from(sent));
        mail.setHeader("References", "<earlier@mail.example.org>");
        String key = AppealSubmission.key(Channel.EMAIL, mail.id());
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(mail);

            eventually().until(() -> stored(mail.id()).map(m -> m.isSet(Flags.Flag.SEEN)).orElse(false));
            await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                    .until(() -> values(submitted, key).size() == 1);

            JsonNode submission = values(submitted, key).get(0);
            assertThat(submission.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(submission.get("externalId").asString()).isEqualTo(mail.id());
            assertThat(submission.get("text").asString())
                    .isEqualTo("Во дворе дома 5 по улице Мира глубокая яма.\nПросим заделать.");
            assertThat(submission.get("author").get("id").asString()).isEqualTo("maria.ivanova@example.org");
            assertThat(submission.get("author").get("name").asString()).isEqualTo("Мария Иванова");
            assertThat(submission.get("author").get("contact").asString()).isEqualTo("maria.ivanova@example.org");
            assertThat(JSON.convertValue(submission.get("replyTo"), Map.class)).isEqualTo(Map.of(
                    "address", "maria.ivanova@example.org", "messageId", mail.id(),
                    "references", "<earlier@mail.example.org>", "subject", "Яма во дворе"));
            assertThat(Instant.parse(submission.get("receivedAt").asString())).isEqualTo(sent);
            assertThat(submission.get("inReplyTo").isNull()).isTrue();
            assertThat(submission.get("attachments")).isEmpty();
        }
    }

    @Test
    void anHtmlMailWithAnAttachmentIsSubmittedAsReadableTextNamingTheFile() throws Exception {
        TestMails.Mail mail = new TestMails.Mail(TestMails.session(mail().getSmtp().getPort()), TestMails.newMessageId());
        mail.setFrom(new InternetAddress("petr@example.org", "Пётр", "UTF-8"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        mail.setSubject("Мусор", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<html><head><style>p{color:red}</style></head><body><p>Контейнеры не вывозят&nbsp;неделю.</p>"
                + "<p>Адрес: ул.&nbsp;Ленина, 10 &amp; 12</p></body></html>", "UTF-8", "html");
        MimeBodyPart photo = new MimeBodyPart();
        photo.setDataHandler(new DataHandler(
                new ByteArrayDataSource("not really a photo".getBytes(StandardCharsets.UTF_8), "image/jpeg")));
        photo.setFileName("фото.jpg");
        photo.setDisposition(MimeBodyPart.ATTACHMENT);
        mail.setContent(new MimeMultipart(html, photo));
        String key = AppealSubmission.key(Channel.EMAIL, mail.id());
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(mail);

            eventually().until(() -> values(submitted, key).size() == 1);

            assertThat(values(submitted, key).get(0).get("text").asString()).isEqualTo(
                    "Контейнеры не вывозят неделю.\nАдрес: ул. Ленина, 10 & 12\n\n[Вложения не переданы: фото.jpg]");
        }
    }

    @Test
    void anAutomaticReplyIsMarkedSeenButIsNoAppeal() throws Exception {
        TestMails.Mail vacation = TestMails.plain(mail().getSmtp().getPort(), "away@example.org", "Отпуск",
                "Автоответ: Re: Ваше обращение", "Я в отпуске до понедельника.", new Date());
        vacation.setHeader("Auto-Submitted", "auto-replied");
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(vacation);

            eventually().until(() -> stored(vacation.id()).map(m -> m.isSet(Flags.Flag.SEEN)).orElse(false));

            // the decision is taken before the mail is marked seen: a submission would be on the topic by now
            assertThat(values(submitted, AppealSubmission.key(Channel.EMAIL, vacation.id()))).isEmpty();
        }
    }

    private static com.icegreen.greenmail.util.GreenMail mail() {
        return EmailITBase.mail;
    }
}
