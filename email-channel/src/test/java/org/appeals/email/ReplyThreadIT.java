package org.appeals.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

class ReplyThreadIT extends EmailITBase {

    static final String OUTBOUND = Topics.outbound(Channel.EMAIL);
    static final String ANSWER = """
            Здравствуйте, Мария!

            Ответ по вашему обращению № 5d0c8c1a.
            Отдел дорожного хозяйства сообщает:

            Яма на ул. Мира заделана 21 ноября — «работы приняты».

            С уважением,
            Центр управления регионом""";

    @Test
    void aReplyOnOutboundEmailReachesTheResidentInHerThreadWithTheRussianTextIntact() throws Exception {
        String resident = residentAddress();
        OutboundReply reply = reply(Map.of("address", resident, "messageId", "<m2@mail.example.org>",
                "references", "<m1@mail.example.org>", "subject", "Яма во дворе"));

        publisher.publishDurably(OUTBOUND, reply.appealId().toString(), reply);
        eventually().until(() -> mailsTo(resident).size() == 1);

        MimeMessage received = mailsTo(resident).get(0);
        assertThat(received.getSubject()).isEqualTo("Re: Яма во дворе");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(MAILBOX);
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Центр управления регионом");
        assertThat(received.getMessageID())
                .isEqualTo("<reply." + reply.appealId() + "." + reply.deliveryId() + "@appeals.local>");
        assertThat(received.getHeader("In-Reply-To", " ")).isEqualTo("<m2@mail.example.org>");
        assertThat(received.getHeader("References", " ").replaceAll("\\s+", " "))
                .isEqualTo("<m1@mail.example.org> <m2@mail.example.org>");
        assertThat(received.getHeader("X-Appeals-Delivery-Id", " ")).isEqualTo(reply.deliveryId().toString());
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(received.getContent().toString().replace("\r\n", "\n")).isEqualTo(ANSWER);
    }

    @Test
    void aReplayedReplyIsMailedOnce() throws Exception {
        String resident = residentAddress();
        OutboundReply reply = reply(Map.of("address", resident, "subject", "Детский сад"));

        publisher.publishDurably(OUTBOUND, reply.appealId().toString(), reply);
        eventually().until(() -> mailsTo(resident).size() == 1);
        publisher.publishDurably(OUTBOUND, reply.appealId().toString(), reply);

        // a later reply on the same partition proves the replay was consumed before it
        OutboundReply next = new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), reply.appealId(),
                Instant.now(), Channel.EMAIL, reply.replyTo(), AnswerKind.FINAL, "Отдел", "Второй ответ.");
        publisher.publishDurably(OUTBOUND, reply.appealId().toString(), next);
        eventually().until(() -> mailsTo(resident).size() == 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(resident).size() == 2);

        assertThat(mailsTo(resident).stream().map(EmailITBase::messageIdOf)).containsExactly(
                "<reply." + reply.appealId() + "." + reply.deliveryId() + "@appeals.local>",
                "<reply." + reply.appealId() + "." + next.deliveryId() + "@appeals.local>");
        // no message id of the resident's mail: the reply starts its own thread rather than a broken one
        assertThat(mailsTo(resident).get(0).getHeader("In-Reply-To")).isNull();
        assertThat(mailsTo(resident).get(0).getSubject()).isEqualTo("Re: Детский сад");
    }

    @Test
    void aReplyWithoutAnAddressGoesToTheDeadLetterTopicAndNothingIsMailed() throws Exception {
        OutboundReply noAddress = reply(Map.of("subject", "Без адреса"));
        String key = noAddress.appealId().toString();
        try (var dlt = reader(Topics.deadLetter(OUTBOUND))) {
            publisher.publishDurably(OUTBOUND, key, noAddress);

            eventually().until(() -> !dlt.valuesFor(key).isEmpty());

            var parked = dlt.records().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).contains("event has no replyTo.address");
            assertThat(JSON.readTree(parked.value()).get("deliveryId").asString())
                    .isEqualTo(noAddress.deliveryId().toString());
        }
    }

    @Test
    void theResidentsAnswerToOurReplyIsSubmittedAsAResponseToTheAppealWithoutTheQuote() throws Exception {
        String resident = residentAddress();
        OutboundReply question = reply(Map.of("address", resident, "messageId", "<q1@mail.example.org>",
                "subject", "Освещение"));
        publisher.publishDurably(OUTBOUND, question.appealId().toString(), question);
        eventually().until(() -> mailsTo(resident).size() == 1);
        MimeMessage ours = mailsTo(resident).get(0);

        TestMails.Mail answer = TestMails.plain(mail.getSmtp().getPort(), resident, "Мария",
                "Re: Re: Освещение", "Спасибо, но фонарь всё ещё не горит.\n\nВт, 1 дек. 2026 г. Центр написал(а):\n"
                        + "> Здравствуйте, Мария!\n> Ответ по вашему обращению", new Date());
        answer.setHeader("In-Reply-To", ours.getMessageID());
        answer.setHeader("References", ours.getHeader("References", " ") + " " + ours.getMessageID());
        String key = AppealSubmission.key(Channel.EMAIL, answer.id());
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(answer);

            eventually().until(() -> values(submitted, key).size() == 1);

            var submission = values(submitted, key).get(0);
            assertThat(submission.get("inReplyTo").asString()).isEqualTo(question.appealId().toString());
            assertThat(submission.get("text").asString()).isEqualTo("Спасибо, но фонарь всё ещё не горит.");
            assertThat(submission.get("replyTo").get("messageId").asString()).isEqualTo(answer.id());
            assertThat(submission.get("replyTo").get("references").asString())
                    .isEqualTo("<q1@mail.example.org> " + ours.getMessageID());
        }
    }

    @Autowired
    HealthContributorRegistry healthContributors;

    @Test
    void healthAndCountersShowOnTheActuator() throws Exception {
        String resident = residentAddress();
        OutboundReply reply = reply(Map.of("address", resident, "subject", "Счётчики"));
        publisher.publishDurably(OUTBOUND, reply.appealId().toString(), reply);
        eventually().until(() -> mailsTo(resident).size() == 1);

        eventually().until(() -> indicator("mailbox").health().getStatus().equals(Status.UP));
        assertThat(indicator("mail").health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator("mailbox").health().getDetails()).containsEntry("folder", "INBOX");
        // the unauthenticated probe gets the overall status only: no component names, no errors
        eventually().until(() -> JSON.readTree(get("/actuator/health")).path("status").asString("").equals("UP"));
        assertThat(JSON.readTree(get("/actuator/health")).has("components")).isFalse();
        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("appeals_email_replies_total{outcome=\"sent\"}")
                .doesNotContain(resident);
    }

    private HealthIndicator indicator(String name) {
        return (HealthIndicator) healthContributors.getContributor(name);
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static OutboundReply reply(Map<String, String> replyTo) {
        return new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                Channel.EMAIL, replyTo, AnswerKind.FINAL, "Отдел дорожного хозяйства", ANSWER);
    }

    private static String residentAddress() {
        return "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
