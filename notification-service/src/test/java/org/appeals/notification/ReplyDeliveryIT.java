package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReplyDeliveryIT extends NotificationITBase {

    static final Map<String, String> VK_THREAD = Map.of("ownerId", "-201", "postId", "1001");

    @Test
    void finalAnswerReachesTheWebhookSignedAndTheOutboundTopicOnceAndIsAnnouncedDelivered() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", VK_THREAD);
        AppealAnswered answer = answered(appeal.appealId(), AnswerKind.FINAL, "Яма на ул. Мира заделана 21 ноября.");
        String key = appeal.appealId().toString();
        try (var outbound = reader(Topics.outbound(Channel.VK)); var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).until(() ->
                    receiver.callsFor(key).size() == 1 && values(outbound, appeal.appealId()).size() == 1);

            var call = receiver.callsFor(key).get(0);
            assertThat(call.path()).isEqualTo("/hooks/VK");
            assertThat(call.signature()).isEqualTo(expectedSignature(secretOf(Channel.VK), call.timestamp(), call.body()));
            assertThat(Long.parseLong(call.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
            JsonNode body = JSON.readTree(call.body());
            assertThat(JSON.convertValue(body.get("replyTo"), Map.class)).isEqualTo(VK_THREAD);
            assertThat(body.get("text").asString()).contains("Здравствуйте, Мария!", key.substring(0, 8),
                    "Отдел дорожного хозяйства Михайловки", answer.text()).doesNotContain("промежуточный");
            assertThat(body.get("deliveryId").asString()).isEqualTo(call.delivery());
            assertThat(body.get("answerKind").asString()).isEqualTo("FINAL");

            JsonNode published = values(outbound, appeal.appealId()).get(0);
            assertThat(published.get("deliveryId").asString()).isEqualTo(call.delivery());
            assertThat(published.get("text")).isEqualTo(body.get("text"));

            JsonNode event = values(notified, appeal.appealId()).get(0);
            assertThat(event.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(event.get("deliveryId").asString()).isEqualTo(call.delivery());
            assertThat(event.get("answerId").asString()).isEqualTo(answer.answerId().toString());
            assertThat(event.get("channel").asString()).isEqualTo("VK");
            assertThat(event.get("answerKind").asString()).isEqualTo("FINAL");
            assertThat(event.get("attempts").asInt()).isEqualTo(1);
            assertThat(event.get("detail").asString()).isEqualTo("webhook 200");
            assertThat(event.toString()).doesNotContain("Мария", "postId", answer.text());
        }
    }

    @Test
    void anAnswerThatArrivesBeforeTheAppealWaitsAndIsDeliveredOnceTheAppealArrives() throws Exception {
        // adapters choose the replyTo keys; dots and dollars must survive the round trip through MongoDB
        AppealReceived appeal = received(Channel.TELEGRAM, "Пётр",
                Map.of("chatId", "77", "messageId", "5001", "$thread.id", "t.1"));
        AppealAnswered answer = answered(appeal.appealId(), AnswerKind.FINAL, "Контейнеры вывезены.");
        String key = appeal.appealId().toString();

        publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("")
                .equals("AWAITING_ADDRESS"));
        assertThat(receiver.callsFor(key)).isEmpty();

        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("").equals("DELIVERED"));

        assertThat(receiver.callsFor(key)).hasSize(1);
        JsonNode body = JSON.readTree(receiver.callsFor(key).get(0).body());
        assertThat(JSON.convertValue(body.get("replyTo"), Map.class)).isEqualTo(appeal.replyTo());
        assertThat(body.get("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(deliveriesOf(appeal.appealId()).get(0).get("channel").asString()).isEqualTo("TELEGRAM");
    }

    @Test
    void aReplayedAnswerCreatesNoSecondDeliveryAndNoSecondPost() throws Exception {
        AppealReceived appeal = received(Channel.EMAIL, "Анна", Map.of("address", "anna@example.org", "messageId", "<a1@mail>"));
        AppealAnswered answer = answered(appeal.appealId(), AnswerKind.FINAL, "Место в детском саду выделено.");
        String key = appeal.appealId().toString();
        try (var outbound = reader(Topics.outbound(Channel.EMAIL)); var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);
            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                    receiver.callsFor(key).size() == 1 && values(outbound, appeal.appealId()).size() == 1
                            && values(notified, appeal.appealId()).size() == 1);
            assertThat(deliveriesOf(appeal.appealId())).hasSize(1);
            assertThat(receiver.callsFor(key).get(0).bodyText()).contains("С уважением");
        }
    }

    @Test
    void interimAndFinalAnswersAreTwoDeliveriesSentInOrderAndTheInterimOneSaysSo() throws Exception {
        AppealReceived appeal = received(Channel.WEB, null, Map.of("email", "resident@example.org"));
        String key = appeal.appealId().toString();
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.INTERIM, "Работы запланированы."));
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Работы выполнены."));

        eventually().until(() -> receiver.callsFor(key).size() == 2);

        var texts = receiver.callsFor(key).stream().map(call -> JSON.readTree(call.body()).get("text").asString()).toList();
        assertThat(texts.get(0)).startsWith("Здравствуйте!").contains("промежуточный ответ", "Работы запланированы.");
        assertThat(texts.get(1)).contains("Работы выполнены.").doesNotContain("промежуточный");
        assertThat(receiver.callsFor(key).stream().map(WebhookReceiver.Call::delivery).distinct()).hasSize(2);
    }

    @Test
    void aDepartmentsQuestionReachesTheWebhookAndTheOutboundTopicAndIsAnnouncedAsAClarification() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", VK_THREAD);
        AppealAnswered question = answered(appeal.appealId(), AnswerKind.CLARIFICATION, "Уточните номер дома, пожалуйста.");
        String key = appeal.appealId().toString();
        try (var outbound = reader(Topics.outbound(Channel.VK)); var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, question);

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1
                    && values(outbound, appeal.appealId()).size() == 1 && receiver.callsFor(key).size() == 1);

            JsonNode body = JSON.readTree(receiver.callsFor(key).get(0).body());
            assertThat(body.get("answerKind").asString()).isEqualTo("CLARIFICATION");
            assertThat(body.get("text").asString()).contains("Здравствуйте, Мария!", key.substring(0, 8),
                    "Отдел дорожного хозяйства Михайловки просит уточнить: " + question.text(), "ответьте на это");
            JsonNode published = values(outbound, appeal.appealId()).get(0);
            assertThat(published.get("answerKind").asString()).isEqualTo("CLARIFICATION");
            assertThat(published.get("text")).isEqualTo(body.get("text"));
            JsonNode event = values(notified, appeal.appealId()).get(0);
            assertThat(event.get("answerKind").asString()).isEqualTo("CLARIFICATION");
            assertThat(event.get("answerId").asString()).isEqualTo(question.answerId().toString());
            assertThat(event.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(deliveriesOf(appeal.appealId()).get(0).get("answerKind").asString()).isEqualTo("CLARIFICATION");
        }
    }

    @Test
    void anInterimAnswerThatWaitedForItsAddressStillNamesThePromisedDate() throws Exception {
        AppealReceived appeal = received(Channel.EMAIL, "Анна", Map.of("address", "anna@example.org"));
        String key = appeal.appealId().toString();

        // stored first, sent later: the promised date must survive the round trip through MongoDB
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.INTERIM,
                "Ремонт включён в план.", LocalDate.of(2026, 12, 12)));
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("")
                .equals("AWAITING_ADDRESS"));
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        eventually().until(() -> receiver.callsFor(key).size() == 1);

        assertThat(JSON.readTree(receiver.callsFor(key).get(0).body()).get("text").asString())
                .contains("промежуточный ответ", "Ремонт включён в план.",
                        "Окончательный ответ будет дан до 12 декабря 2026 г.")
                .doesNotContain("дополнительно");
    }

    @Test
    void aRedirectIsNotForTheResidentAndCreatesNoDelivery() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Олег", VK_THREAD);
        String key = appeal.appealId().toString();
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.REDIRECT, "Не наша компетенция."));
        // a later final answer on the same partition proves the redirect was consumed before it
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Передано и решено."));

        eventually().until(() -> receiver.callsFor(key).size() == 1);

        assertThat(deliveriesOf(appeal.appealId())).hasSize(1);
        assertThat(deliveriesOf(appeal.appealId()).get(0).get("answerKind").asString()).isEqualTo("FINAL");
        assertThat(receiver.callsFor(key).get(0).bodyText()).doesNotContain("Не наша компетенция");
    }

    @Test
    void aChannelWithoutWebhookIsServedByItsOutboundTopicAlone() throws Exception {
        AppealReceived appeal = received(Channel.OK, "Нина", Map.of("topicId", "ok-3001"));
        try (var outbound = reader(Topics.outbound(Channel.OK)); var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Порядок наведён."));

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1
                    && values(outbound, appeal.appealId()).size() == 1);

            assertThat(values(outbound, appeal.appealId())).singleElement()
                    .satisfies(reply -> assertThat(reply.get("replyTo").get("topicId").asString()).isEqualTo("ok-3001"));
            JsonNode event = values(notified, appeal.appealId()).get(0);
            assertThat(event.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(event.get("detail").asString()).isEqualTo("published to outbound.OK");
            assertThat(receiver.callsFor(appeal.appealId().toString())).isEmpty();
        }
    }
}
